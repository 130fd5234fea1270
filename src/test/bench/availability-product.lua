-- One random product of the standard box's catalogue per request, for a delivery in a week.
local date = os.getenv("DELIVERY_DATE")
math.randomseed(os.time())
request = function()
  local sku = string.format("B-%04d", math.random(1, 200))
  return wrk.format("GET", "/v1/stock/" .. sku .. "?brand=standard&deliveryDate=" .. date)
end
