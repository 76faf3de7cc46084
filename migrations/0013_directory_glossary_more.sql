-- More of the field's common terms in French, Dutch and English, beside migration 0012's: mental health, addictions,
-- disability, migration, family and youth, income and insurance, housing, health professions, digital and
-- administrative help. Specific terms and phrases only: broad one-word groups ("aide = hulp = help", "soins = zorg =
-- care") cost every search and were measured to find nothing more (docs/search.md). The coordinators edit or
-- delete them at /directory/synonyms like the rest; the revision bump makes every server load the table again.
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('aidant proche
aidants proches
mantelzorger
mantelzorg
informal carer
family carer
caregiver', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('répit
respijtzorg
respite care', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('maison de repos
woonzorgcentrum
rusthuis
nursing home
care home
retirement home', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('court séjour
kortverblijf
short stay', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('hôpital psychiatrique
psychiatrisch ziekenhuis
psychiatric hospital', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('dépression
depressie
depression', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('anxiété
angst
anxiety', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('suicide
zelfmoord
suïcide', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('prévention du suicide
zelfmoordpreventie
suïcidepreventie
suicide prevention', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('ligne d''écoute
écoute téléphonique
luisterlijn
telefonische hulplijn
helpline
listening line', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('isolement social
solitude
sociaal isolement
eenzaamheid
social isolation
loneliness', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('réduction des risques
schadebeperking
harm reduction', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('échange de seringues
comptoir d''échange
spuitenruil
needle exchange
syringe exchange', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('sevrage
ontwenning
detox
detoxification
withdrawal', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('jeu pathologique
jeux de hasard
gokverslaving
gokken
gambling
problem gambling', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('tabac
tabak
tobacco', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('arrêter de fumer
sevrage tabagique
stoppen met roken
rookstop
quit smoking
stop smoking', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('dépistage
opsporing
screening', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('infections sexuellement transmissibles
IST
seksueel overdraagbare aandoeningen
soa
sexually transmitted infections
STI', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('santé sexuelle
seksuele gezondheid
sexual health', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('contraception
anticonceptie
voorbehoedsmiddelen
birth control', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('avortement
IVG
interruption volontaire de grossesse
abortus
zwangerschapsafbreking
abortion', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('mutuelle
mutualité
ziekenfonds
mutualiteit
health insurance fund', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('assurance maladie
ziekteverzekering
health insurance', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('revenu d''intégration
RIS
leefloon
living wage
minimum income
welfare benefit', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('aide sociale
maatschappelijke dienstverlening
social assistance
welfare', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('allocations familiales
kinderbijslag
groeipakket
child benefit', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('pension
pensioen
retirement pension', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('allocations de chômage
werkloosheidsuitkering
unemployment benefit', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('personne handicapée
personne en situation de handicap
persoon met een handicap
persoon met een beperking
disabled person
person with a disability', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('handicap mental
déficience intellectuelle
verstandelijke beperking
intellectual disability
learning disability', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('autisme
autismespectrumstoornis
autism', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('fauteuil roulant
rolstoel
wheelchair', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('sourd
malentendant
doof
slechthorend
deaf
hard of hearing', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('aveugle
malvoyant
blind
slechtziend
visually impaired', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('demandeur d''asile
asielzoeker
asylum seeker', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('réfugié
vluchteling
refugee', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('mineur étranger non accompagné
MENA
niet-begeleide minderjarige
NBMV
unaccompanied minor', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('primo-arrivant
nieuwkomer
newcomer', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('parcours d''accueil
inburgering
inburgeringstraject
civic integration
integration programme', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('cours de français
Franse les
French classes
French lessons', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('cours de néerlandais
Nederlandse les
Nederlands leren
Dutch classes
Dutch lessons', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('alphabétisation
alfabetisering
literacy', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('interprétariat
tolken
interpreting', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('traduction
vertaling
translation', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('traite des êtres humains
mensenhandel
human trafficking', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('travailleur du sexe
travailleuse du sexe
prostitution
sekswerker
prostitutie
sex worker', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('maltraitance
mishandeling
ill-treatment
mistreatment', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('maltraitance des personnes âgées
ouderenmishandeling
elder abuse', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('maltraitance infantile
kindermishandeling
child abuse', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('harcèlement
intimidatie
harassment', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('harcèlement scolaire
pesten
bullying', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('soutien à la parentalité
parentalité
opvoedingsondersteuning
ouderschap
parenting support
parenting', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('école de devoirs
huiswerkbegeleiding
huiswerkklas
homework club
homework help', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('décrochage scolaire
schooluitval
vroegtijdig schoolverlaten
school dropout
early school leaving', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('formation professionnelle
beroepsopleiding
vocational training', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('insertion socioprofessionnelle
ISP
socioprofessionele inschakeling
trajectbegeleiding
back to work
employment support', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('bénévolat
vrijwilligerswerk
volunteering', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('bénévole
vrijwilliger
volunteer', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('logement social
sociale woning
sociale huisvesting
social housing', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('agence immobilière sociale
AIS
sociaal verhuurkantoor
SVK
social rental agency', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('loyer
huur
rent', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('allocation loyer
allocation de relogement
huurtoelage
huursubsidie
rent allowance
housing allowance', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('recherche de logement
chercher un logement
woning zoeken
woonst zoeken
house hunting
finding housing
housing search', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('précarité énergétique
energiearmoede
energy poverty
fuel poverty', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('facture d''énergie
energiefactuur
energy bill', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('vêtements
kleding
kleren
clothes
clothing', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('vestiaire social
kledingbank
sociale kledingwinkel
clothing bank', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('meubles
meubelen
furniture', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('transport adapté
aangepast vervoer
accessible transport
adapted transport', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('mobilité
mobiliteit
mobility', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('pharmacie
apotheek
pharmacy', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('médicaments
geneesmiddelen
medicijnen
medication
medicines', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('dentiste
tandarts
dentist', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('soins dentaires
tandzorg
tandheelkundige zorg
dental care', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('kinésithérapeute
kiné
kinesitherapeut
kinesist
physiotherapist
physiotherapy', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('logopède
logopédie
logopedist
logopedie
speech therapist
speech therapy', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('diabète
diabetes', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('vaccination
vaccinatie
vaccination', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('prison
gevangenis
prison', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('détenu
gedetineerde
prisoner
detainee', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('ex-détenu
ex-gedetineerde
former prisoner', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('médiation
bemiddeling
mediation', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('aide administrative
administratieve hulp
administratieve ondersteuning
help with paperwork
administrative help', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('fracture numérique
digitale kloof
digital divide', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('aide numérique
inclusion numérique
digitale hulp
digitale inclusie
digital help
computer help
digital inclusion', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('espace public numérique
EPN
openbare computerruimte
public computer room', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('LGBT
LGBTQI
holebi
queer', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('deuil
rouw
grief
bereavement', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('cancer
kanker', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('soins de santé
gezondheidszorg
health care
healthcare', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('accès aux soins
toegang tot zorg
access to care
access to health care', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('nourrisson
zuigeling
infant', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('consultation prénatale
suivi de grossesse
prenatale consultatie
zwangerschapsbegeleiding
antenatal care
prenatal care', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('famille monoparentale
parent seul
eenoudergezin
alleenstaande ouder
single parent', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('pauvreté
armoede
poverty', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('exclusion sociale
sociale uitsluiting
social exclusion', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('travail de rue
travailleur de rue
straathoekwerk
straathoekwerker
street work
outreach work
street worker', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('bas seuil
laagdrempelig
low threshold', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('maison d''accueil
opvangtehuis
onthaalhuis
opvangcentrum
hostel', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('logement de transit
transitwoning
transit housing
temporary housing', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('accompagnement au logement
woonbegeleiding
housing support', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('premiers secours
eerste hulp
first aid', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('service des urgences
spoeddienst
spoedgevallendienst
emergency department
emergency room', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('ambulance
ziekenwagen', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('soins de première ligne
première ligne de soins
eerstelijnszorg
eerste lijn
primary care', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('aide aux victimes
slachtofferhulp
victim support', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('ordonnance
voorschrift
prescription', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('certificat médical
medisch attest
medical certificate
sick note', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('carte médicale
medische kaart
medical card', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('adresse de référence
referentieadres
reference address', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('carte d''identité
identiteitskaart
identity card
ID card', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('burn-out
burnout
uitputting', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('troubles psychiques
maladie mentale
psychische problemen
psychische aandoening
mental illness
mental health problems', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('psychose
psychosis', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('jeune adulte
jongvolwassene
young adult', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('garde d''enfants
babysitting
childminding', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('accueil extrascolaire
buitenschoolse opvang
after-school care', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('titres-services
dienstencheques
service vouchers', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('téléassistance
personenalarm
alarm call
personal alarm', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('funérailles
begrafenis
funeral', 'glossary', 1796601600);
INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES ('naissance
geboorte
birth', 'glossary', 1796601600);
INSERT INTO settings (name, value) VALUES ('directory.synonyms_revision', '0') ON CONFLICT (name) DO NOTHING;
UPDATE settings SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE name = 'directory.synonyms_revision';
