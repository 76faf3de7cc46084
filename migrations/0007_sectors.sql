-- The professionals' sectors as a vocabulary administrators edit (/admin/sectors, platform/sectors.hpp), instead of
-- the fixed list of platform/code_lists.cpp. Registrations to offers, helpdesk requests and caseload requests store
-- the code; every code of that list is seeded here with the labels it had in the catalogues, so that each keeps its
-- meaning. A code is never deleted: a sector no longer offered is retired. "other" stays last. Not the directory's
-- themes (its "addictions" theme is another list). 'sectors_revision' tells every server to read the table again.
CREATE TABLE sectors (
  code TEXT PRIMARY KEY,
  label_fr TEXT NOT NULL,
  label_nl TEXT NOT NULL DEFAULT '',
  label_en TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  retired INTEGER NOT NULL DEFAULT 0,
  updated_at BIGINT NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT ''
);

INSERT INTO sectors (code, label_fr, label_nl, label_en, position) VALUES ('social', 'Action sociale (CPAS, services sociaux)', 'Sociale actie (OCMW, sociale diensten)', 'Social action (CPAS, social services)', 10);
INSERT INTO sectors (code, label_fr, label_nl, label_en, position) VALUES ('mental_health', 'Santé mentale', 'Geestelijke gezondheid', 'Mental health', 20);
INSERT INTO sectors (code, label_fr, label_nl, label_en, position) VALUES ('homelessness', 'Sans-abrisme', 'Dakloosheid', 'Homelessness', 30);
INSERT INTO sectors (code, label_fr, label_nl, label_en, position) VALUES ('home_care', 'Aide et soins à domicile', 'Thuiszorg', 'Home care', 40);
INSERT INTO sectors (code, label_fr, label_nl, label_en, position) VALUES ('primary_care', 'Première ligne (médecins généralistes, maisons médicales)', 'Eerstelijnszorg (huisartsen, wijkgezondheidscentra)', 'Primary care (GPs, community health centres)', 50);
INSERT INTO sectors (code, label_fr, label_nl, label_en, position) VALUES ('hospital', 'Hôpital', 'Ziekenhuis', 'Hospital', 60);
INSERT INTO sectors (code, label_fr, label_nl, label_en, position) VALUES ('housing', 'Logement', 'Huisvesting', 'Housing', 70);
INSERT INTO sectors (code, label_fr, label_nl, label_en, position) VALUES ('justice', 'Justice', 'Justitie', 'Justice', 80);
INSERT INTO sectors (code, label_fr, label_nl, label_en, position) VALUES ('youth', 'Jeunesse', 'Jeugd', 'Youth', 90);
INSERT INTO sectors (code, label_fr, label_nl, label_en, position) VALUES ('elderly', 'Personnes âgées', 'Ouderenzorg', 'Elderly care', 100);
INSERT INTO sectors (code, label_fr, label_nl, label_en, position) VALUES ('addictions', 'Assuétudes', 'Verslaving', 'Addictions', 110);
INSERT INTO sectors (code, label_fr, label_nl, label_en, position) VALUES ('disability', 'Handicap', 'Handicap', 'Disability', 120);
INSERT INTO sectors (code, label_fr, label_nl, label_en, position) VALUES ('migration_reception', 'Migration et accueil', 'Migratie en opvang', 'Migration and reception', 130);
INSERT INTO sectors (code, label_fr, label_nl, label_en, position) VALUES ('early_childhood', 'Petite enfance', 'Vroege kindertijd', 'Early childhood', 140);
INSERT INTO sectors (code, label_fr, label_nl, label_en, position) VALUES ('public_services', 'Services publics (communes, administrations régionales)', 'Openbare diensten (gemeenten, gewestelijke besturen)', 'Public services (communes, regional administrations)', 150);
INSERT INTO sectors (code, label_fr, label_nl, label_en, position) VALUES ('employment_insertion', 'Emploi et insertion', 'Werk en inschakeling', 'Employment and insertion', 160);
INSERT INTO sectors (code, label_fr, label_nl, label_en, position) VALUES ('prevention_security', 'Prévention et sécurité', 'Preventie en veiligheid', 'Prevention and security', 170);
INSERT INTO sectors (code, label_fr, label_nl, label_en, position) VALUES ('other', 'Autre secteur', 'Andere sector', 'Other sector', 1000);
INSERT INTO settings (name, value) VALUES ('sectors_revision', '1') ON CONFLICT (name) DO NOTHING;
