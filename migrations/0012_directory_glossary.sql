-- The sector's glossary in the directory's synonym table: common terms of the Brussels social-health field in
-- French, Dutch and English, so that a question in one language reaches services described in another (many
-- records have no English text, many only French or only Dutch). One group per line of meaning, as the
-- coordinators' own groups; they edit or delete these like the rest. Bumping the revision makes every server
-- load the table again (on a new database the first start then adds the Brussels acronyms too).
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('centre de jour pour personnes âgées
accueil de jour pour personnes âgées
dagverzorgingscentrum
dagverzorging
centrum voor dagverzorging
day care for older people
adult day care
day centre for older people', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('accueil de jour
dagcentrum
dagopvang
day centre
drop-in centre', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('personnes âgées
aînés
seniors
ouderen
senioren
bejaarden
elderly
older people', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('démence
dementie
dementia
alzheimer', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('aide juridique
juridische bijstand
juridische hulp
legal aid', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('conseil juridique
juridisch advies
legal advice', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('avocat
advocaat
lawyer', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('gratuit
gratis
kosteloos
free', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('locataire
huurder
tenant', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('expulsion
uithuiszetting
eviction', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('garantie locative
huurwaarborg
rental deposit', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('bail
huurcontract
lease', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('logement insalubre
ongezonde woning
slechte woning
substandard housing', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('hébergement d''urgence
noodopvang
emergency accommodation
emergency shelter', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('hébergement
onderdak
accommodation
shelter', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('sans-abri
sans abri
SDF
dakloos
dakloze
thuisloos
homeless
rough sleeper', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('douche
shower', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('lessive
wasserette
laundry', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('drogue
drugs', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('traitement de substitution
substitutiebehandeling
substitution treatment
opioid substitution', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('alcool
alcohol', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('soins infirmiers à domicile
infirmier à domicile
thuisverpleging
thuisverpleegkundige
home nurse
home nursing
district nurse', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('à domicile
aan huis
thuis
at home', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('infirmier
verpleegkundige
nurse', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('soins infirmiers
verpleging
nursing', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('aide familiale
gezinszorg
home help
family aid', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('aide ménagère
poetshulp
huishoudhulp
domestic help', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('repas à domicile
maaltijden aan huis
meals on wheels', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('repas
maaltijd
meal', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('épicerie sociale
sociale kruidenier
social grocery', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('restaurant social
sociaal restaurant
social restaurant', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('colis alimentaire
voedselpakket
food parcel', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('psychologue
psycholoog
psychologist', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('psychiatre
psychiater
psychiatrist', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('psychothérapie
psychotherapie
psychotherapy', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('équipe mobile
mobiel team
mobile team
outreach team', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('victime
slachtoffer
victim', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('violences sexuelles
seksueel geweld
sexual violence', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('adolescent
tiener
teenager', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('aide à la jeunesse
jeugdhulp
youth care', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('AMO
aide en milieu ouvert
youth drop-in', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('aide médicale urgente
AMU
dringende medische hulp
DMH
urgent medical aid', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('titre de séjour
verblijfsvergunning
residence permit', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('médecin
dokter
arts
doctor
physician', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('grossesse
zwangerschap
pregnancy', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('femme enceinte
zwangere vrouw
pregnant woman', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('sage-femme
vroedvrouw
midwife', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('médiation de dettes
schuldbemiddeling
debt mediation
debt advice', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('dettes
schulden
debts', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('surendettement
overmatige schuldenlast
over-indebtedness', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('crèche
milieu d''accueil
halte-accueil
kinderdagverblijf
childcare
day nursery', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('chercheur d''emploi
demandeur d''emploi
werkzoekende
jobseeker
job seeker
unemployed', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('chômage
werkloosheid
unemployment', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('hospitalisation
ziekenhuisopname
hospital stay', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('retour d''hospitalisation
ontslag uit het ziekenhuis
hospital discharge', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('pansement
wondzorg
wound care', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('toilette
persoonlijke verzorging
personal care', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('courses
boodschappen
shopping', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('assistant social
maatschappelijk werker
social worker', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('accompagnement
begeleiding
guidance', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('soutien
steun
ondersteuning
support', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('enfant
kind
child', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('femme
vrouw
woman', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('nuit
nacht
night', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('quartier
wijk
buurt
neighbourhood', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('homme
man
men', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('à la rue
op straat
on the street', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('traitement
behandeling
treatment', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('substitution
substitutie', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('garantie
waarborg
deposit', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('psychologique
psychologisch
psychological', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('adulte
volwassene
adult', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('tout-petits
peuters
toddlers', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('recherche d''emploi
recherche d''un travail
werk zoeken
zoeken naar werk
job search', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('chômeur
werkloze
unemployed', 'glossary', 1796515200);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('travail
werk
job
work', 'glossary', 1796515200);
INSERT INTO settings (name, value) VALUES ('directory.synonyms_revision', '0') ON CONFLICT (name) DO NOTHING;
UPDATE settings SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE name = 'directory.synonyms_revision';
