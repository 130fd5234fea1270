-- A brand's box recipe (DESIGN 5), optional: how many products a box holds, how many of one
-- category at most, how many discovery slots, the repeat window and a stricter shelf-life floor.
CREATE TABLE catalog_recipe (
    brand_code           VARCHAR(32) PRIMARY KEY REFERENCES catalog_brand (code) CHECK (brand_code <> 'house'),
    size                 INTEGER     NOT NULL CHECK (size BETWEEN 1 AND 20),
    max_per_category     INTEGER     NOT NULL CHECK (max_per_category BETWEEN 1 AND 20),
    discovery_slots      INTEGER     NOT NULL,
    repeat_window_boxes  INTEGER     CHECK (repeat_window_boxes BETWEEN 1 AND 52),
    repeat_window_days   INTEGER     CHECK (repeat_window_days BETWEEN 1 AND 730),
    min_remaining_days   INTEGER     CHECK (min_remaining_days BETWEEN 0 AND 3650),
    version              BIGINT      NOT NULL DEFAULT 0,
    updated_at           TIMESTAMPTZ NOT NULL,
    CHECK (discovery_slots BETWEEN 0 AND size)
);

-- Categories a box must hold, each an exact count; it may exceed max_per_category (a granola box:
-- 1 granola, 3 toppings, with at most 1 of any other category).
CREATE TABLE catalog_recipe_category (
    brand_code  VARCHAR(32) NOT NULL REFERENCES catalog_recipe (brand_code) ON DELETE CASCADE,
    category    VARCHAR(32) NOT NULL CHECK (category ~ '^[a-z][a-z0-9-]{0,31}$'),
    units       INTEGER     NOT NULL CHECK (units BETWEEN 1 AND 20),
    PRIMARY KEY (brand_code, category)
);
