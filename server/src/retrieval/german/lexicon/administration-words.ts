/**
 * Public administration and law: authorities, procedures, documents, fees, courts and norms.
 * Entries are atomic words. A compound listed here is never split, so only lexicalised compounds
 * whose parts would mislead ("Unterschrift", "Maßnahme", "Vollmacht") belong in these lists.
 */
export const ADMINISTRATION_WORDS = `
abgabe abgeordnete abhilfe ablauf ablehnung ablösung abmahnung abmeldung abnahme abordnung abrechnung absage
abschiebung abschluss abschnitt abschrift absender absicht abstimmung abteilung abweichung abwesenheit abwicklung
abzug adressat adresse akte akt aktenzeichen allgemeinverfügung amt amtshilfe amtsträger änderung anfechtung anfrage
angabe angebot angehörige angelegenheit angestellte anhang anhörung anklage anlage anlass anleitung anmeldung
annahme anordnung anpassung anrechnung anrede anschluss anschreiben anschrift ansicht anspruch anstalt anteil
antrag antwort anwalt anwaltschaft anwartschaft anweisung anwendung anwesenheit anzahl anzeige arbeit artikel
asyl aufenthalt aufforderung aufgabe aufhebung auflage auflösung aufnahme aufrechnung aufschub aufsicht auftrag
aufwand aufwendung ausbildung ausfertigung ausgabe ausgleich auskunft ausland ausländer auslage auslegung
ausnahme ausreise ausschluss ausschreibung ausschuss aussage aussetzung ausstellung auswahl ausweis ausweisung
auszahlung auszug ausübung beamte beamter beanstandung bearbeitung beauftragte beauftragter bedarf bedingung
bedürftigkeit befreiung befristung befugnis begehren beglaubigung begründung begünstigte behandlung behelf behörde
beibringung beihilfe beilage beirat beistand beitrag beitritt bekanntgabe bekanntmachung belang belastung beleg
belehrung beleihung bemessung benachrichtigung benennung benutzung beratung berechnung berechtigung berechtigte
bereich bericht berichtigung berufung beruf bescheid bescheinigung beschlagnahme beschluss beschränkung beschwerde
beseitigung besitz besoldung bestand bestandskraft bestätigung bestellung bestimmung beteiligte beteiligung
betrag betreuung betrieb betroffene beurkundung beurteilung bevollmächtigte bewährung bewerber bewerbung bewertung
bewilligung bezirk bezug bilanz billigkeit bürge bürgschaft bürger bürgerin dezernat dezernent
dienst direktion disziplinar dokument duldung durchführung durchsuchung eid eignung
eingabe eingang eingliederung eingriff einheit einigung einkommen einkunft einlage einnahme einreise einrichtung
einsicht einspruch einstellung einstufung einteilung eintrag eintragung eintritt einvernehmen einwand einwendung
einwilligung einwohner einzahlung einziehung empfang empfänger empfehlung enteignung entgelt entlassung entlastung
entnahme entrichtung entschädigung entscheidung entschluss entwurf erfassung erfordernis ergänzung ergebnis erhebung
erhöhung erinnerung erklärung erlass erlaubnis erledigung ermächtigung ermäßigung ermessen ermittlung erneuerung
errichtung ersatz erstattung erteilung ertrag erwerb erziehung etat fachbereich fall fassung festlegung festnahme
festsetzung feststellung finanzierung firma folge forderung form formular fortbildung frage freigabe freistellung
frist führung fund gebühr gegenstand gegenleistung geheimhaltung gemeinde genehmigung
gericht gesetz gesetzgebung gestattung gewähr gewährleistung gewährung gewerbe glaubhaftmachung gleichstellung
gliederung gnade grund grundlage grundsatz gültigkeit gutachten gutachter gutschrift haft haftung handlung hauptsache
haushalt heranziehung herausgabe hilfe hinderung hinweis hinterlegung hoheit inanspruchnahme inhaber inhalt insolvenz
instanz jurist justiz kanzlei kataster kenntnis klage kläger klarstellung kommission kommune kompetenz kontrolle
kosten kündigung kürzung ladung landrat last legitimation leistung leitung lizenz löschung magistrat mahnung mandat
mangel maßgabe maßnahme meldung minderung minister ministerium mitglied mitteilung mitwirkung nachfrage nachholung
nachlass nachricht nachtrag nachweis nachzahlung niederlassung niederschrift norm notar notariat novelle nutzung
obrigkeit ordnung ordnungswidrigkeit organ organisation pacht paragraph paragraf parlament partei pauschale person
personal pflicht planung polizei präsident präsidium protokoll prozess prüfung quittung rat
ratifizierung rechenschaft recht rechtmäßigkeit rechtsprechung referat referent regel regelung regierung register
registrierung revision richter richtlinie rücknahme rückstand ruhe sache sachverhalt sachverständige
satzung säumnis schaden schlichtung schreiben schriftsatz schuld schuldner schutz senat sicherheit
sicherstellung sitzung sperre staat stadt stand stelle stellung stellungnahme
stempel steuer stiftung strafe stundung subvention tarif tatbestand tätigkeit teilnahme teilnehmer termin titel
träger überlassung übermittlung übernahme überprüfung übertragung überwachung überweisung umlage umsetzung
umzug unbedenklichkeit unterhalt unterhaltung unterlage unterrichtung unterschrift untersuchung unterstützung urkunde
urteil veranlagung veranstaltung verantwortung verband verbot verbraucher verein vereinbarung verfahren verfassung
verfügung vergabe vergleich vergütung verhandlung verjährung verkündung verlängerung verlust vermerk vermögen
vernehmung verordnung veröffentlichung verpflichtung versagung versammlung versäumnis versicherung versorgung
verspätung verstoß vertrag vertrauen vertreter vertretung verurteilung verwaltung verwarnung verweigerung verweis
verwendung verwertung verzeichnis verzicht verzinsung verzug vollmacht vollstreckung vollziehung vollzug vorbehalt
vorgabe vorgang vorgesetzte vorladung vorlage vormerkung vormund vorschlag vorschrift vorschuss vorsitz vorsitzende
vorstand vorverfahren vorwurf wahl wahrnehmung weisung widerruf widerspruch widerstand wiedereinsetzung wirksamkeit
wirkung zahlung zeuge zeugnis zins zulassung zurückweisung zurückstellung zusage zusatz zuschlag zuschuss zuständigkeit
zustellung zustimmung zuteilung zuweisung zuwendung zwang zweck
anerkennung ausführung beantragung beschäftigung bezeichnung bundestag bundesrat
einbürgerung einschreiben erbe erbschaft gerichtsbarkeit geschäft gesellschaft gewalt gleichheit
hausrecht kammer kanzler kreis land landtag mehrheit minderheit öffentlichkeit ort petition
pfändung plan rechnung regress republik sanktion sitz staatsanwalt staatsanwaltschaft statut tat
unrecht verhältnis verhältnismäßigkeit vermittlung volk wille zivil zoll
angehörigkeit befehl blatt buße völkerrecht stätte geber nehmer steller halter bearbeiter verwalter
befangenheit beschwer beweis ersuchen gesuch hemmung klausel
rechtsbehelf rechtsmittel rechtskraft rechtsweg unterbrechung vergleichbarkeit verhinderung verschulden vorsatz
fahrlässigkeit zumutbarkeit zurechnung
`;
