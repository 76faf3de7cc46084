-- wrk script: a different directory search at each request (words x care area x page, ~3,000 combinations,
-- picked at random), so that most answers are not in the server's memory of recent searches.
local words = {"sante+mentale", "cpas", "ocmw", "logement", "sans-abri", "daklozen", "aide+alimentaire", "jeunes",
  "emploi", "maison+medicale", "wzc", "assuetudes", "verslaving", "handicap", "crise", "soins+palliatifs",
  "thuiszorg", "violences+conjugales", "migrants", "juridique", "epicerie+sociale", "nachtopvang",
  "personnes+agees", "double+diagnostic", "ssm", "cgg", "restaurant+social", "accueil", "permanence+juridique",
  "jongeren", "woonbegeleiding", "grossesse", "formation", "santé+mentalle", "logment", "homeless",
  "mental+health", "food+aid", "drugs", "alcool", "famille", "nieuwkomers", "urgence", "", "anderlecht",
  "schaerbeek", "ixelles", "molenbeek", "psychiatrique", "repas"}
local bassins = {"", "&bassin=nord", "&bassin=nord-est", "&bassin=centre-ouest", "&bassin=sud", "&bassin=sud-est",
  "&postcode=1060", "&postcode=1080", "&postcode=1030", "&postcode=1000", "&access=free", "&theme=housing"}
-- Each wrk thread draws its own sequence (one seed per thread): with one seed for all, the second thread sent the
-- first one's searches and often found them in the server's memory.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  math.randomseed(2026 + (id or 0))
end
request = function()
  local path = "/directory?q=" .. words[math.random(#words)] .. bassins[math.random(#bassins)] ..
    "&page=" .. math.random(5)
  return wrk.format("GET", path)
end
