/** Social benefits, family, health, education, work, finance, housing and migration vocabulary. */
export const SOCIETY_WORDS = `
abfindung abitur abschlag absolvent alimente alleinerziehende alter ambulanz angestellter
anstellung arbeiter arbeitslos arbeitslosigkeit arzt ärztin ausbilder auszubildende azubi
bafög bank bargeld bauer beamtin bedürfnis behinderung beihilfe bekleidung belegschaft beruf berufung beschäftigte
besuch betreuer betrieb bewohner bezahlung bildung bonus brutto budget darlehen dauer depot diagnose
dozent einkauf eltern enkel entbindung entgelt entwicklung
erbe erkrankung ernährung erwachsene erwerbstätigkeit erzieher erzieherin fähigkeit familie finanz
flucht flüchtling förderung forschung fortbildung frau freiberufler freund fürsorge gast geburt
gehalt geld gemeinschaft generation genesung geschlecht geschwister gesundheit gewerkschaft gewinn gläubiger
gymnasium handwerk handwerker haushalt heim heirat hochschule honorar hospiz hygiene impfung
inklusion integration invalidität jugend jugendliche jung kapital kasse kind kindheit kirche klasse klinik
krankheit krankenhaus kredit kunde kündigung kur kurs lebenslauf lehre lehrer lehrerin lehrling leistung lohn
mann medizin mensch miete mieter migration minderjährige mitarbeiter mitarbeiterin mutter mutterschaft nachkomme
nachwuchs netto notfall operation opfer paar partner partnerin patient patientin pension pensionär pflege
pflegling person personal pfleger praktikum praxis prämie professor prüfling psychologe
qualifikation rabatt rate rehabilitation religion rente rentner rentnerin rezept ruhestand sache
säugling schüler schülerin schulden schule schwangerschaft schwerbehinderung senior seniorin sohn sozial
spende sport stipendium student studentin studium stunde tarif taufe teilzeit therapie
tochter tod töchter umschulung unfall unterricht universität unterkunft urlaub vater vaterschaft verdienst
verein vergütung verletzung vermieter vermögen versicherte verwandte volkshochschule vollzeit vormundschaft
waise weiterbildung witwe witwer wohlfahrt wohnung zinsen zuwanderung zuwanderer
abfall abwasser aktie anleihe ausgabe betrag bilanz buchführung buchhaltung bürokratie defizit devise einnahme
etat euro cent fonds gebühr gewerbe guthaben inflation investition kapital kasse kaution konto
kosten kredit lastschrift mehrwert münze pfand portemonnaie preis quote rechnung rendite rücklage schuld
sparkasse spende summe tilgung überschuss umsatz vermögen währung wert wirtschaft zahlung zins zuschuss
aufnahme ausländerin aussiedler ausweisung einbürgerung einwanderung flüchtling
heimat herkunft identität integration migrant migrantin nationalität pass staatenlose visum zuzug
behinderte blindheit gehörlosigkeit rollstuhl taubheit
abhängigkeit alkohol drogen sucht seelsorge
anerkennung streik schicht
überstunde freiwillige bundeswehr soldat soldatin
`;
