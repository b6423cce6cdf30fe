-- wrk: posts the prepared survey responses (bench/survey-bodies.py), each body once; every
-- thread takes its own share of the file.
local bodies = {}
local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  for line in io.lines(os.getenv("SURVEY_BODIES")) do
    bodies[#bodies + 1] = line
  end
  next_body = id
  step = tonumber(os.getenv("WRK_THREADS") or "2")
end

function request()
  local body = bodies[next_body]
  next_body = next_body + step
  if next_body > #bodies then next_body = id end
  return wrk.format("POST", os.getenv("SURVEY_PATH"),
    { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end

done = function(summary, latency, requests)
end
