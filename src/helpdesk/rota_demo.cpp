// Demo data of the rota and the responder's guide: the six lines with contact facts, responders (two with the
// logins listed in README.md), a rota from three months back to three weeks ahead with holidays, an absence that
// uncovers a shift next week and one shift nobody took next week, and the guide's first pages in fr/nl/en.
#include <map>

#include "accounts/model.hpp"
#include "helpdesk/guide.hpp"
#include "helpdesk/lines.hpp"
#include "helpdesk/rota.hpp"
#include "helpdesk/rota_pages.hpp"
#include "platform/app.hpp"
#include "platform/db.hpp"

namespace maillage::helpdesk {

using namespace std::chrono;

namespace {

struct DemoResponder {
  const char* email;
  const char* name;
  const char* lang;
  const char* password;  // nullptr: no login
  const char* line;
};
const DemoResponder kResponders[] = {
    {"helpdesk@demo.maillage.brussels", "Nadia Benali", "fr", "demo-helpdesk-2026", "region"},
    {"julie.vermeulen@demo.maillage.brussels", "Julie Vermeulen", "nl", nullptr, "region"},
    {"samir.haddou@demo.maillage.brussels", "Samir Haddou", "fr", nullptr, "region"},
    {"helpdesk.sud@demo.maillage.brussels", "Claire Lambert", "fr", "demo-helpdesk-sud-2026", "sud"},
    {"marc.dumont@demo.maillage.brussels", "Marc Dumont", "fr", nullptr, "sud"},
    {"lotte.maes@demo.maillage.brussels", "Lotte Maes", "nl", nullptr, "nord"},
    {"yasmina.elidrissi@demo.maillage.brussels", "Yasmina El Idrissi", "fr", nullptr, "nord-est"},
    {"pierre.dubois@demo.maillage.brussels", "Pierre Dubois", "fr", nullptr, "centre-ouest"},
    {"ana.pereira@demo.maillage.brussels", "Ana Pereira", "fr", nullptr, "sud-est"},
};

// The bassin lines answer a few half-days a week (they take a dozen calls a year); the regional line every day.
struct DemoLineFacts {
  const char* code;
  const char* phone;
  const char* email;
  const char* hours;
};
const DemoLineFacts kLineFacts[] = {
    {"region", "02 000 10 00", "helpdesk.region@demo.maillage.brussels", ""},
    {"nord", "02 000 10 01", "helpdesk.nord@demo.maillage.brussels", "TU 09:00-13:00\nTH 09:00-13:00"},
    {"nord-est", "02 000 10 02", "helpdesk.nord-est@demo.maillage.brussels", "MO 09:00-13:00\nWE 09:00-13:00"},
    {"centre-ouest", "02 000 10 03", "helpdesk.centre-ouest@demo.maillage.brussels", "TU 13:00-17:00\nFR 09:00-13:00"},
    {"sud", "02 000 10 04", "helpdesk.sud@demo.maillage.brussels", "MO 09:00-17:00\nWE 09:00-17:00\nFR 09:00-13:00"},
    {"sud-est", "02 000 10 05", "helpdesk.sud-est@demo.maillage.brussels", "TH 09:00-17:00"},
};

struct DemoGuidePage {
  const char* slug;
  const char* line;  // "" shared
  const char* title_fr;
  const char* title_nl;
  const char* title_en;
  const char* body_fr;
  const char* body_nl;
  const char* body_en;
};

const DemoGuidePage kGuide[] = {
    {"prendre-un-appel", "", "Prendre un appel", "Een oproep aannemen", "Taking a call",
     "# Prendre un appel\n\n1. Présentez-vous : « Ligne d'orientation, bonjour, je suis … ».\n2. Ouvrez la fiche de demande "
     "**pendant** l'appel : canal, ligne appelée, qui appelle (organisation, fonction, secteur).\n3. Faites préciser la "
     "question : pour qui (âge, commune, langues, statut), depuis quand, ce qui a déjà été essayé.\n4. Cherchez dans le "
     "répertoire depuis la demande ; proposez deux ou trois services, avec la raison.\n5. Convenez d'un rappel si la "
     "réponse demande des recherches, et notez-le.\n\nUne demande simple se clôt pendant l'appel ; une situation complexe "
     "se suit jusqu'au retour au demandeur.",
     "# Een oproep aannemen\n\n1. Stel je voor: \"Oriëntatielijn, goedendag, met …\".\n2. Open de aanvraagfiche **tijdens** "
     "het gesprek: kanaal, gebelde lijn, wie belt (organisatie, functie, sector).\n3. Laat de vraag verduidelijken: voor wie "
     "(leeftijd, gemeente, talen, statuut), sinds wanneer, wat al geprobeerd werd.\n4. Zoek in het repertorium vanuit de "
     "aanvraag; stel twee of drie diensten voor, met de reden.\n5. Spreek een terugbelmoment af als het antwoord opzoekwerk "
     "vraagt, en noteer het.",
     "# Taking a call\n\n1. Introduce yourself: \"Orientation line, good morning, this is …\".\n2. Open the request form "
     "**during** the call: channel, line reached, who calls (organisation, function, sector).\n3. Clarify the question: for "
     "whom (age, commune, languages, status), since when, what was already tried.\n4. Search the directory from the request; "
     "propose two or three services, with the reason.\n5. Agree on a call-back when the answer needs research, and record it."},
    {"ce-que-couvrent-les-lignes", "", "Ce que couvrent les lignes", "Wat de lijnen behandelen", "What the lines cover",
     "# Ce que couvrent les lignes\n\nLa **ligne régionale** répond à tout professionnel du social-santé bruxellois. Les "
     "**lignes de bassin** répondent pour leur bassin, quelques demi-journées par semaine : hors de ces heures, la ligne "
     "régionale prend le relais.\n\n- Questions administratives et d'accès aux droits : la plupart des appels.\n- Situations "
     "complexes : orientation vers la concertation de bassin.\n- Urgences : nous ne sommes pas une ligne d'urgence, voir la "
     "page *Crise en santé mentale*.",
     "# Wat de lijnen behandelen\n\nDe **gewestelijke lijn** antwoordt elke Brusselse professional uit de welzijns- en "
     "gezondheidssector. De **zorgzonelijnen** antwoorden voor hun zone, enkele halve dagen per week; daarbuiten neemt de "
     "gewestelijke lijn over.\n\n- Administratieve vragen en toegang tot rechten: de meeste oproepen.\n- Complexe situaties: "
     "doorverwijzing naar het overleg van de zorgzone.\n- Noodgevallen: wij zijn geen noodlijn.",
     "# What the lines cover\n\nThe **regional line** answers any Brussels social or health professional. The **bassin "
     "lines** answer for their area, a few half-days a week; outside those hours the regional line takes over.\n\n- "
     "Administrative questions and access to rights: most calls.\n- Complex situations: orientation to the area's case "
     "concertation.\n- Emergencies: we are not an emergency line."},
    {"personne-sans-titre-de-sejour", "", "Orienter une personne sans titre de séjour",
     "Doorverwijzen van iemand zonder verblijfsdocumenten", "Orienting a person without residence permit",
     "# Personne sans titre de séjour\n\n- **Soins** : l'aide médicale urgente (AMU) couvre les soins préventifs et "
     "curatifs ; la demande se fait au CPAS de la commune où la personne réside effectivement.\n- En attendant la décision du "
     "CPAS, orientez vers une maison médicale ou un dispositif d'accueil santé à bas seuil du répertoire.\n- **Droits et "
     "séjour** : services d'aide juridique de première ligne et associations spécialisées (filtre « statut administratif » du "
     "répertoire).\n\nNe demandez jamais l'adresse exacte ni le nom : la commune suffit pour trouver le CPAS.",
     "# Iemand zonder verblijfsdocumenten\n\n- **Zorg**: de dringende medische hulp (DMH) dekt preventieve en curatieve "
     "zorg; de aanvraag gebeurt bij het OCMW van de gemeente waar de persoon feitelijk verblijft.\n- In afwachting van de "
     "beslissing: verwijs naar een wijkgezondheidscentrum of een laagdrempelig zorgaanbod uit het repertorium.\n- **Rechten "
     "en verblijf**: eerstelijns juridische hulp en gespecialiseerde verenigingen.\n\nVraag nooit het exacte adres of de naam: "
     "de gemeente volstaat om het OCMW te vinden.",
     "# A person without residence permit\n\n- **Care**: urgent medical aid (AMU/DMH) covers preventive and curative care; "
     "the request goes to the CPAS/OCMW of the commune where the person actually lives.\n- While waiting for the decision, "
     "orient to a community health centre or a low-threshold health service of the directory.\n- **Rights and residence**: "
     "first-line legal aid and specialised associations.\n\nNever ask for the exact address or the name: the commune is "
     "enough to find the CPAS."},
    {"violences-conjugales", "", "Violences conjugales", "Partnergeweld", "Domestic violence",
     "# Violences conjugales\n\n- **Danger immédiat** : 112 (ou la police, 101).\n- **Écoute violences conjugales** : "
     "0800 30 030, gratuit, anonyme, 24 h/24.\n- **Violences sexuelles récentes** : le Centre de prise en charge des "
     "violences sexuelles (CPVS) de Bruxelles, 24 h/24.\n- Hébergement : maisons d'accueil spécialisées du répertoire "
     "(thème « violences »).\n\nLe professionnel qui appelle reste le relais : ne contactez pas vous-même la personne.",
     "# Partnergeweld\n\n- **Acuut gevaar**: 112 (of de politie, 101).\n- **Hulplijn 1712**: gratis en anoniem, voor alle "
     "vormen van geweld.\n- **Recent seksueel geweld**: het Zorgcentrum na Seksueel Geweld (ZSG) in Brussel, 24 op 24.\n- "
     "Opvang: gespecialiseerde opvanghuizen uit het repertorium.\n\nDe professional die belt blijft het aanspreekpunt: neem "
     "zelf geen contact op met de persoon.",
     "# Domestic violence\n\n- **Immediate danger**: 112 (or the police, 101).\n- **Listening lines**: 0800 30 030 (French, "
     "24/7) and 1712 (Dutch).\n- **Recent sexual violence**: the Sexual Assault Care Centre (CPVS/ZSG) in Brussels, 24/7.\n- "
     "Shelter: specialised shelters of the directory.\n\nThe calling professional stays the contact: do not contact the "
     "person yourself."},
    {"crise-sante-mentale", "", "Crise en santé mentale : les numéros", "Crisis in de geestelijke gezondheid: de nummers",
     "Mental-health crisis: the numbers",
     "# Crise en santé mentale\n\n| Situation | Numéro |\n|---|---|\n| Danger de mort, urgence | 112 |\n| Idées suicidaires "
     "(fr) | Centre de prévention du suicide, 0800 32 123 |\n| Idées suicidaires (nl) | Zelfmoordlijn, 1813 |\n| Besoin de "
     "parler | Télé-Accueil, 107 |\n| Médecin de garde | 1733 |\n\nPour une situation qui dure, orientez vers le service de "
     "santé mentale du bassin ou une équipe mobile (répertoire, thème « santé mentale »).",
     "# Crisis in de geestelijke gezondheid\n\n| Situatie | Nummer |\n|---|---|\n| Levensgevaar, noodgeval | 112 |\n| "
     "Zelfmoordgedachten (nl) | Zelfmoordlijn, 1813 |\n| Zelfmoordgedachten (fr) | Centre de prévention du suicide, 0800 32 "
     "123 |\n| Nood aan een gesprek | Tele-Onthaal, 106 |\n| Huisartsenwachtdienst | 1733 |\n\nVoor een aanhoudende situatie: "
     "het centrum voor geestelijke gezondheidszorg van de zorgzone of een mobiel team.",
     "# Mental-health crisis\n\n| Situation | Number |\n|---|---|\n| Danger to life, emergency | 112 |\n| Suicidal thoughts "
     "(fr) | Centre de prévention du suicide, 0800 32 123 |\n| Suicidal thoughts (nl) | Zelfmoordlijn, 1813 |\n| Need to talk "
     "| Télé-Accueil 107, Tele-Onthaal 106 |\n| Doctor on call | 1733 |\n\nFor a lasting situation, orient to the area's "
     "mental-health service or a mobile team."},
    {"protection-des-donnees", "", "Protection des données : jamais de nom", "Gegevensbescherming: nooit een naam",
     "Data protection: never write names",
     "# Protection des données\n\n- **N'écrivez jamais le nom** de la personne concernée, ni son numéro de registre national, "
     "sa date de naissance, son adresse ou son téléphone. Codez : tranche d'âge, genre, commune, langues, statut.\n- Le texte "
     "libre (question, notes, retour) est **effacé** après la durée de conservation de la ligne ; les champs codés restent "
     "pour les statistiques.\n- Chaque lecture d'une demande est enregistrée.\n- Le nom du professionnel qui appelle et son "
     "contact de rappel sont permis : c'est lui notre interlocuteur.",
     "# Gegevensbescherming\n\n- **Schrijf nooit de naam** van de betrokken persoon, noch het rijksregisternummer, de "
     "geboortedatum, het adres of het telefoonnummer. Codeer: leeftijdsgroep, gender, gemeente, talen, statuut.\n- Vrije "
     "tekst wordt **gewist** na de bewaartermijn van de lijn; de gecodeerde velden blijven voor de statistieken.\n- Elke "
     "lezing van een aanvraag wordt geregistreerd.",
     "# Data protection\n\n- **Never write the name** of the person concerned, nor their national register number, date of "
     "birth, address or phone. Code instead: age band, gender, commune, languages, status.\n- Free text (question, notes, "
     "feedback) is **erased** after the line's retention period; coded fields stay for the statistics.\n- Every read of a "
     "request is recorded.\n- The calling professional's name and call-back contact are allowed: they are who we talk to."},
    {"permanence-sud", "sud", "Permanence du bassin Sud", "Permanentie van de zorgzone Zuid", "The Sud line's shifts",
     "# Permanence du bassin Sud\n\nLa ligne Sud répond le lundi et le mercredi toute la journée, le vendredi matin. Les "
     "autres demi-journées, les appels passent à la ligne régionale.\n\nEn fin de permanence, notez les rappels promis : la "
     "personne de la permanence suivante les reprend.",
     "# Permanentie Zuid\n\nDe lijn Zuid antwoordt op maandag en woensdag de hele dag, op vrijdagvoormiddag. Op de andere "
     "halve dagen gaan de oproepen naar de gewestelijke lijn.",
     "# The Sud line's shifts\n\nThe Sud line answers on Monday and Wednesday all day and on Friday morning. On the other "
     "half-days, calls go to the regional line."},
};

}  // namespace

void seed_rota_demo(App& app) {
  app.db.transact([&](soci::session& sql) {
    std::int64_t now = now_seconds();
    ensure_default_lines(sql, now);
    for (auto& f : kLineFacts) {
      auto line = find_line_by_code(sql, f.code);
      if (!line) continue;
      line->phone = f.phone;
      line->email = f.email;
      line->opening_hours = f.hours;
      save_line(sql, *line, now);
    }
    // Responders: found by e-mail (other demo data may have created them), else created, then granted their line.
    std::map<std::string, std::vector<std::int64_t>> by_line;
    std::map<std::string, std::int64_t> ids;
    for (auto& r : kResponders) {
      auto user = accounts::find_user_by_email(sql, r.email);
      std::int64_t id = user ? user->id : accounts::create_user(sql, r.email, r.name, r.lang);
      if (!user && r.password) accounts::set_password(sql, id, r.password);
      auto line = find_line_by_code(sql, r.line);
      if (!line) continue;
      accounts::add_grant(sql, id, {0, "responder", "line", std::to_string(line->id)}, 0);
      by_line[r.line].push_back(id);
      ids[r.email] = id;
    }
    Day today = brussels_day(now), this_monday = monday_of(today), next_monday = this_monday + days{7};
    // Holidays in the past months and one absence next week (Samir, Thursday: his shift shows uncovered).
    auto absence = [&](const char* email, Day from, Day to, const char* kind) {
      Absence a;
      a.user_id = ids[email];
      a.starts_on = from;
      a.ends_on = to;
      a.kind = kind;
      add_absence(sql, a, 0, now);
    };
    absence("julie.vermeulen@demo.maillage.brussels", this_monday - days{42}, this_monday - days{31}, "holiday");
    absence("marc.dumont@demo.maillage.brussels", this_monday - days{21}, this_monday - days{17}, "holiday");
    absence("samir.haddou@demo.maillage.brussels", next_monday + days{3}, next_monday + days{3}, "absence");
    auto absences = absences_between(sql, this_monday - days{100}, this_monday + days{30});
    auto extra = configured_extra_holidays();
    Day from = this_monday - days{91}, until = this_monday + days{21};
    for (auto& line : list_lines(sql)) {
      auto& team = by_line[line.code];
      if (team.empty()) continue;
      int turn = 0;
      for (Day d = from; d < until; d += days{1}) {
        for (Half h : {Half::Morning, Half::Afternoon}) {
          if (!shift_expected(line, d, h, extra)) continue;
          ++turn;
          // The regional line's Wednesday afternoon next week stays free: the gap the coordinators are told of.
          if (line.code == "region" && d == next_monday + days{2} && h == Half::Afternoon) continue;
          // The week after next is half planned: free shifts to sign up for.
          if (d >= next_monday + days{7} && turn % 2 == 0) continue;
          std::int64_t holder = 0;
          for (std::size_t k = 0; k < team.size() && !holder; ++k) {
            std::int64_t candidate = team[(turn + k) % team.size()];
            // Samir keeps next Thursday's shift though he will be away: the grid shows it uncovered.
            bool away = absent_on(absences, candidate, d) && !(d == next_monday + days{3} && candidate == ids["samir.haddou@demo.maillage.brussels"]);
            if (!away) holder = candidate;
          }
          if (holder) take_shift(sql, line.id, d, h, holder, 0, now);
        }
      }
    }
    // The guide, saved by the regional demo responder (one edit more on the first page, so its history has two).
    std::int64_t author = ids["helpdesk@demo.maillage.brussels"];
    for (auto& g : kGuide) {
      GuidePage p;
      p.slug = g.slug;
      if (*g.line)
        if (auto l = find_line_by_code(sql, g.line)) p.line_id = l->id;
      p.title_fr = g.title_fr;
      p.title_nl = g.title_nl;
      p.title_en = g.title_en;
      p.body_fr = g.body_fr;
      p.body_nl = g.body_nl;
      p.body_en = g.body_en;
      std::int64_t id = save_guide_page(sql, p, author, now - 30 * 86400);
      if (id && std::string(g.slug) == "prendre-un-appel") {
        p.id = id;
        p.body_fr += "\n\nEn fin d'appel, relisez la fiche : aucun nom de la personne concernée ne doit y figurer.";
        save_guide_page(sql, p, ids["helpdesk.sud@demo.maillage.brussels"], now - 3 * 86400);
      }
    }
  });
}

}  // namespace maillage::helpdesk
