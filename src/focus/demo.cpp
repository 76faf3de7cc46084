#include "focus/demo.hpp"

#include "focus/focus.hpp"
#include "platform/db.hpp"

namespace maillage::focus {

namespace {
// Services of the directory carrying a theme, by id.
std::vector<std::int64_t> services_of_theme(soci::session& sql, const std::string& theme, int limit) {
  std::vector<std::int64_t> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT DISTINCT a.owner_id FROM directory_attributes a JOIN directory_taxonomy_terms t ON t.id = "
                      "a.taxonomy_term_id WHERE a.owner_type = 'service' AND t.code = :c ORDER BY a.owner_id LIMIT :n",
       soci::use(theme), soci::use(limit));
  for (auto& r : rs) out.push_back(as_int(r, 0));
  return out;
}

struct Section {
  Texts title;
  const char* theme;
};

void make(soci::session& sql, const Texts& title, const Texts& intro, const std::vector<Section>& sections,
          const char* offer_like, std::int64_t now) {
  Focus f;
  f.title = title;
  f.intro = intro;
  f.status = "published";
  save_focus(sql, f, now);
  for (auto& s : sections) {
    auto heading = add_heading(sql, f.id, s.title);
    for (auto id : services_of_theme(sql, s.theme, 6)) add_service(sql, heading, id);
  }
  if (offer_like) {
    std::int64_t offer = 0;
    soci::indicator ind = soci::i_null;
    std::string like = offer_like;
    sql << "SELECT MIN(id) FROM offers WHERE title_fr LIKE :t AND status = 'published'", soci::use(like),
        soci::into(offer, ind);
    if (ind == soci::i_ok && offer) link_offer(sql, f.id, offer);
  }
}
}  // namespace

void seed_demo(App& app) {
  app.db.transact([](soci::session& sql) {
    std::int64_t now = now_seconds();
    make(sql, {"Soins palliatifs et fin de vie", "Palliatieve zorg en levenseinde", "Palliative care and end of life"},
         {"Les services qui accompagnent une personne en fin de vie et ses proches, **à domicile** comme en "
          "institution : équipes de soutien, aide et soins à domicile, répit pour les aidants.",
          "De diensten die iemand aan het levenseinde en de naasten begeleiden, **thuis** en in een instelling.",
          "The services that support a person at the end of life and their relatives, **at home** and in care homes."},
         {{{"Équipes de soins palliatifs", "Palliatieve teams", "Palliative care teams"}, "palliative-care"},
          {{"Aide et soins à domicile", "Thuiszorg", "Home care"}, "home-care"},
          {{"Personnes âgées et aidants", "Ouderen en mantelzorgers", "Older people and carers"}, "elderly"}},
         nullptr, now);
    make(sql, {"Santé mentale : l'offre de soutien en Région bruxelloise", "Geestelijke gezondheid: het aanbod in Brussel",
               "Mental health: support in the Brussels Region"},
         {"Où orienter une personne en souffrance psychique : les services de santé mentale, les équipes mobiles en "
          "cas de crise, la pair-aidance. Avec le webinaire sur la santé mentale des personnes exilées et son replay.",
          "Waar iemand met psychische problemen heen kan: centra voor geestelijke gezondheidszorg, mobiele teams, "
          "ervaringsdeskundigen.",
          "Where to refer a person in psychological distress: mental-health services, mobile crisis teams, peer "
          "support."},
         {{{"Services de santé mentale", "Centra voor geestelijke gezondheidszorg", "Mental-health services"}, "mental-health"},
          {{"Crise et urgence", "Crisis en dringende hulp", "Crisis and emergency"}, "crisis"},
          {{"Pair-aidance", "Ervaringsdeskundigheid", "Peer support"}, "peer-support"}},
         "%santé mentale des personnes exilées%", now);
  });
}

}  // namespace maillage::focus
