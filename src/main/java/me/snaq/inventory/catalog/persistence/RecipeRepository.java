package me.snaq.inventory.catalog.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import me.snaq.inventory.catalog.domain.Recipe;

@ApplicationScoped
public class RecipeRepository implements PanacheRepositoryBase<Recipe, String> {}
