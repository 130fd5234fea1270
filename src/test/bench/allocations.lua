-- FIRM allocations of 1 to 3 distinct products (1 or 2 units each) from a 300-product catalogue,
-- each with a reference of its own.
local threads = {}
local counter = 0
local date = os.getenv("DELIVERY_DATE")
local key = os.getenv("API_KEY")

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
end

request = function()
  counter = counter + 1
  local used, lines = {}, {}
  for i = 1, math.random(1, 3) do
    local s
    repeat s = math.random(1, 300) until not used[s]
    used[s] = true
    lines[#lines + 1] = string.format('{"sku":"B-%04d","quantity":%d}', s, math.random(1, 2))
  end
  local body = string.format(
    '{"brand":"standard","reference":"bench-%d-%d-%d","deliveryDate":"%s","mode":"FIRM","lines":[%s]}',
    id, os.time(), counter, date, table.concat(lines, ","))
  return wrk.format("POST", "/v1/allocations",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. key}, body)
end
