/**
 * Hand-annotated German administrative texts for measuring detection quality. Every expected span
 * is written inline as ⟦type|value⟧; everything else must not be flagged. The texts, names and
 * numbers are invented; checksum-valid numbers were constructed by hand from the algorithms
 * (see checksums.test.ts), look-alikes deliberately fail them.
 *
 * Annotation rules (docs/PRIVACY.md): a person span holds given names, particles and surname, never
 * Herr/Frau, titles or offices; an address span runs from the street name through the house number
 * and includes "PLZ Ort" when it follows after a comma or on the next line; a postcode and city on
 * their own are not flagged; birth dates only where the text marks them as such; every later mention
 * of a known surname is a person too.
 */
export interface DetectionCase {
  id: string;
  text: string;
}

/** The Aktenzeichen schemes of the fictional administration used in the table. */
export const TABLE_CASE_REFERENCE_PATTERNS = [
  String.raw`\b\d{2}\.\d{2}\.\d{2}-\d{6}/\d{4}\b`,
  String.raw`\b(?:BA|OA|SO|WG)-\d{4}-\d{5}\b`,
];

export const DETECTION_CASES: DetectionCase[] = [
  {
    id: 'anhoerung-bussgeld',
    text: `Stadt Musterhaven · Ordnungsamt · Bußgeldstelle
⟦address|Rathausmarkt 1, 20095 Hamburg⟧

Herrn
⟦person|Jonas Petersen⟧
⟦address|Eppendorfer Weg 214
20259 Hamburg⟧

Aktenzeichen: ⟦case-reference|32.11.04-004711/2024⟧
Datum: 14.05.2024

Anhörung im Bußgeldverfahren

Sehr geehrter Herr ⟦person|Petersen⟧,

dem Fahrzeug mit dem amtlichen Kennzeichen ⟦license-plate|HH-JP 2024⟧ wird zur Last gelegt, am 02.05.2024 um 14:32 Uhr in der Max-Brauer-Allee die zulässige Höchstgeschwindigkeit von 50 km/h um 21 km/h überschritten zu haben (§ 3 Abs. 3, § 49 StVO). Hierfür ist ein Bußgeld von 115,00 Euro vorgesehen.

Sie haben Gelegenheit, sich bis zum 28.05.2024 zu äußern. Rückfragen beantwortet Ihnen Frau ⟦person|Behrens⟧ unter Telefon ⟦phone|040 428 28-1234⟧.

Mit freundlichen Grüßen
Im Auftrag
⟦person|Sandra Behrens⟧`,
  },
  {
    id: 'bescheid-wohngeld',
    text: `Landkreis Musterland – Wohngeldstelle

Frau
⟦person|Aylin Yılmaz-Schmidt⟧
⟦address|Lindenallee 7b
24103 Kiel⟧

Bewilligungsbescheid über Wohngeld nach dem Wohngeldgesetz (WoGG)
Geschäftszeichen: ⟦case-reference|WG-2024-01873⟧

Sehr geehrte Frau ⟦person|Yılmaz-Schmidt⟧,

auf Ihren Antrag vom 03.01.2024 bewillige ich Ihnen für die Zeit vom 01.01.2024 bis 31.12.2024 Wohngeld in Höhe von monatlich 286,00 EUR. Der Betrag wird auf das von Ihnen angegebene Konto ⟦iban|DE02 1203 0000 0000 2020 51⟧ überwiesen.

Bei der Berechnung wurden vier Haushaltsmitglieder berücksichtigt (§ 5 WoGG), darunter Ihr Sohn ⟦person|Can Yılmaz⟧, geb. ⟦birth-date|17.08.2015⟧.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist beim Landkreis Musterland, ⟦address|Am Kreishaus 1, 24103 Kiel⟧, schriftlich oder zur Niederschrift einzulegen.`,
  },
  {
    id: 'email-ummeldung',
    text: `Von: ⟦person|Thomas Krüger⟧ <⟦email|t.krueger@posteo.de⟧>
An: ⟦email|buergerservice@musterhaven.de⟧
Betreff: Ummeldung nach Umzug

Guten Tag,

ich bin zum 01.06.2024 von der ⟦address|Kastanienallee 12, 10435 Berlin⟧ in die ⟦address|Hafenstraße 3a, 20095 Hamburg⟧ umgezogen und möchte mich ummelden. Mein Personalausweis hat die Nummer ⟦id-document|LZ6311T47⟧. Bitte teilen Sie mir mit, ob ich einen Termin benötige. Sie erreichen mich unter ⟦phone|0176 98765432⟧.

Viele Grüße
⟦person|Thomas Krüger⟧`,
  },
  {
    id: 'vermerk-telefonat',
    text: `Vermerk

Telefonat am 12.03.2024, 10:15 Uhr, mit Herrn Dr. ⟦person|Stefan Albers⟧ (Rechtsanwalt der Antragstellerin).

Herr ⟦person|Albers⟧ teilte mit, seine Mandantin, Frau ⟦person|Jasmin Kaya⟧, sei unter der bisherigen Anschrift nicht mehr erreichbar. Neue Anschrift: ⟦address|Gartenstraße 45, 70173 Stuttgart⟧. Rückruf erbeten unter ⟦phone|0711 2345 678⟧.

Az. ⟦case-reference|50.20.10-002345/2024⟧ – Wiedervorlage: 26.03.2024

gez. ⟦person|Meier⟧`,
  },
  {
    id: 'formular-fuehrungszeugnis',
    text: `Antrag auf Erteilung eines Führungszeugnisses (§ 30 BZRG)

Familienname: ⟦person|Nowak⟧
Geburtsname: ⟦person|Kowalski⟧
Vorname(n): ⟦person|Katarzyna Maria⟧
Geburtsdatum: ⟦birth-date|23.11.1979⟧
Geburtsort: Breslau
Anschrift: ⟦address|Brunnenweg 8, 04109 Leipzig⟧
Telefon (freiwillig): ⟦phone|0341 9876543⟧
E-Mail (freiwillig): ⟦email|k.nowak@web.de⟧

Gebühr: 13,00 EUR (Nr. 1130 JVKostG)`,
  },
  {
    id: 'widerspruch-buergergeld',
    text: `⟦person|Hans-Peter Vogel⟧
⟦address|Birkenweg 3
31134 Hildesheim⟧

An die Stadt Musterhaven
Fachbereich Soziales
Postfach 10 20 30
20095 Hamburg

Widerspruch gegen den Bescheid vom 15.02.2024, Az. ⟦case-reference|SO-2024-00412⟧

Sehr geehrte Damen und Herren,

hiermit lege ich gegen den oben genannten Bescheid Widerspruch ein. Die Minderung der Leistungen um 30 Prozent nach § 31a SGB II ist nicht nachvollziehbar. Meine Steuer-ID lautet ⟦tax-id|12 345 678 911⟧.

Bitte überweisen Sie den einbehaltenen Betrag von 168,60 € auf mein Konto, IBAN ⟦iban|DE89370400440532013000⟧.

Mit freundlichen Grüßen

⟦person|Hans-Peter Vogel⟧`,
  },
  {
    id: 'arbeitgeber-sv-nummer',
    text: `Sehr geehrte Frau ⟦person|Lehmann⟧,

für die Anmeldung Ihrer neuen Mitarbeiterin benötigen wir noch die Versicherungsnummer. Laut Ihrer Mitteilung lautet sie ⟦social-security-number|12 030585 M 525⟧; das Geburtsdatum ⟦birth-date|03.05.1985⟧ stimmt mit dem Meldebogen überein.

Die Beiträge für Mai in Höhe von 1.245,80 € werden zum 27.05.2024 fällig. Bitte beachten Sie § 28a SGB IV.

Mit freundlichen Grüßen
⟦person|Oliver Brandt⟧
Sachbearbeiter Meldewesen`,
  },
  {
    id: 'kita-anmeldung-email',
    text: `Hallo Frau ⟦person|Schäfer⟧,

unser Sohn ⟦person|Leon Weber⟧ (* ⟦birth-date|04.02.2020⟧) soll ab dem 01.08.2024 die Kita Sonnenschein besuchen. Den Betreuungsvertrag haben wir unterschrieben; die Gebühr von 0,00 € (beitragsfrei nach § 90 SGB VIII) ist uns bekannt. Unsere Telefonnummer: ⟦phone|030/4455667⟧.

Beste Grüße
⟦person|Julia⟧ und ⟦person|Markus Weber⟧`,
  },
  {
    id: 'negativ-rechtsgrundlagen',
    text: `Hinweise zur Rechtslage

Nach § 41 Abs. 2 Satz 1 VwVfG gilt ein schriftlicher Verwaltungsakt, der im Inland durch die Post übermittelt wird, am vierten Tag nach der Aufgabe zur Post als bekanntgegeben. Die Widerspruchsfrist beträgt einen Monat (§ 70 Abs. 1 VwGO). Die Entscheidung des Bundesverfassungsgerichts vom 05.11.2019 (1 BvL 7/16) ist zu beachten, ebenso das Urteil des BSG vom 12.05.2021 (B 4 AS 88/20 R).

Der Regelbedarf beträgt seit dem 01.01.2024 monatlich 563,00 Euro; für das Jahr 2023 waren es 502 Euro. Die Anpassung erfolgt nach § 28a SGB XII. Siehe auch Drucksache 20/8123 und die Verordnung (EU) 2016/679.`,
  },
  {
    id: 'negativ-verwaltungsdaten',
    text: `Zahlungserinnerung

Kassenzeichen: 0815 4711 0042
Betrag: 1.234,56 EUR
Fällig seit: 15.03.2024
Zahlungsempfänger: Stadtkasse Musterhaven
Verwendungszweck: Grundsteuer B 2024

Die Stadtkasse hat geöffnet Mo–Fr 08:00–12:00 Uhr. Bitte geben Sie bei jeder Zahlung das Kassenzeichen an. Das Standesamt befindet sich in 01067 Dresden, das Bürgerbüro in 20095 Hamburg. Gläubiger-ID: DE98ZZZ09999999999. Vorgangsnummer: 47163528901.`,
  },
  {
    id: 'negativ-lookalikes',
    text: `Prüfvermerk Datenerfassung

Die im Antrag angegebene Referenz DE47 1234 5678 9012 3456 78 ist keine gültige Kontoverbindung; die Nummer 86095742718 besteht die Prüfung als Steuer-ID nicht, ebenso 11123456786. Die Versicherungsnummer 15 070649 C 104 ist fehlerhaft. Bestellnummer CF1G2H3J40 und Rechnungsnummer RZ4711K08 betreffen die Büromaterialbestellung.

Das Spielgerät entspricht DIN EN 1176; der Lieferant ist im Handelsregister unter HR B 4711 und HRB 12345 eingetragen. Aktenzeichen des Gerichts: S 12 AS 345/21 und 3 K 456/23.`,
  },
  {
    id: 'anhoerung-kfz-halter',
    text: `Landkreis Musterland
Straßenverkehrsamt

Frau
⟦person|Elif Demir⟧
⟦address|Am Sandtorkai 5
20457 Hamburg⟧

Az. ⟦case-reference|OA-2024-07731⟧

Sehr geehrte Frau ⟦person|Demir⟧,

das auf Sie zugelassene Fahrzeug ⟦license-plate|M XY 123E⟧ wurde am 21.04.2024 ohne gültige Parkerlaubnis im Bereich der Leopoldstraße abgestellt. Das Verwarnungsgeld beträgt 25,00 Euro (Nr. 63 BKat). Zudem ist auf Sie das Fahrzeug ⟦license-plate|LG-ED 77⟧ zugelassen, für das keine Beanstandung vorliegt.

Mit freundlichen Grüßen
⟦person|Kerstin Hoffmann⟧`,
  },
  {
    id: 'reisepass-antrag',
    text: `Bürgeramt – Pass- und Ausweisangelegenheiten

Antragsteller: ⟦person|Mehmet Öztürk⟧
Geburtsdatum: ⟦birth-date|09.07.1988⟧
Bisheriger Reisepass: ⟦id-document|C01X00T478⟧, gültig bis 08.07.2024
Bisheriger Personalausweis: Nr. ⟦id-document|T22000129⟧

Der neue Reisepass kann voraussichtlich ab dem 12.06.2024 abgeholt werden. Die Gebühr beträgt 70,00 EUR (§ 15 PassV).`,
  },
  {
    id: 'email-intern-abstimmung',
    text: `Von: ⟦person|Petra Schulz⟧
An: ⟦person|Jens Weber⟧
Cc: ⟦email|team-soziales@musterhaven.de⟧
Betreff: WG: Rückfrage Antrag ⟦case-reference|SO-2024-00987⟧

Hallo ⟦person|Jens⟧,

kannst Du bitte prüfen, ob für Herrn ⟦person|Friedrich⟧ noch Unterlagen fehlen? Er hat am 18.03.2024 angerufen (Tel. ⟦phone|0421 336699⟧) und nach dem Stand gefragt. Laut Akte ist er wohnhaft ⟦address|Weserstraße 101, 28199 Bremen⟧.

Danke und Gruß
⟦person|Petra⟧`,
  },
  {
    id: 'protokoll-besprechung',
    text: `Protokoll der Besprechung vom 07.05.2024

Anwesend: Frau ⟦person|Kraus⟧ (Leitung), Herr ⟦person|Bauer⟧, Frau Dr. ⟦person|Lange⟧, ⟦person|Nikolai Iwanow⟧ (Protokoll)

TOP 1: Haushaltsplanung 2025
Der Ansatz für Sachkosten wird um 4,5 % auf 212.000 € erhöht. Frau ⟦person|Kraus⟧ erläutert die Änderungen gegenüber 2024.

TOP 2: Digitalisierung
Herr ⟦person|Bauer⟧ stellt den Stand der OZG-Umsetzung vor. 14 von 35 Leistungen sind online verfügbar. Nächster Termin: 04.06.2024, 10:00 Uhr, Raum 2.17.`,
  },
  {
    id: 'bauantrag-nachbar',
    text: `Beteiligung der Angrenzer nach § 55 LBO

Bauvorhaben: Errichtung eines Carports
Grundstück: ⟦address|Am Lindenhof 14, 74072 Heilbronn⟧
Flurstück 1234/5, Gemarkung Heilbronn
Bauherr: ⟦person|Frank Zimmermann⟧
Aktenzeichen: ⟦case-reference|BA-2024-00311⟧

Sehr geehrte Frau ⟦person|Wagner⟧,

Ihr Grundstück ⟦address|Am Lindenhof 16⟧ grenzt an das Baugrundstück. Einwendungen können Sie innerhalb von vier Wochen nach Zugang dieses Schreibens erheben. Die Grenzbebauung beträgt 9,00 m.`,
  },
  {
    id: 'telefonliste-behoerde',
    text: `Ihre Ansprechpersonen im Jobcenter

Frau ⟦person|Anja Reinhardt⟧, Zimmer 104, Telefon ⟦phone|+49 40 42863-1104⟧, E-Mail ⟦email|anja.reinhardt@jobcenter-musterhaven.de⟧
Herr ⟦person|Sebastian Kühn⟧, Zimmer 106, Telefon ⟦phone|+49 (0)40 42863-1106⟧
Zentrale: ⟦phone|0800 4555500⟧ (gebührenfrei)
Fax: ⟦phone|(040) 42 86 30⟧

Sprechzeiten: Montag bis Freitag 8 bis 12 Uhr, Donnerstag zusätzlich 14 bis 18 Uhr.`,
  },
  {
    id: 'geburtsurkunde-antrag',
    text: `Antrag auf Ausstellung einer Geburtsurkunde

Angaben zur Person, deren Geburt beurkundet ist:
Name: ⟦person|Mustermann, Erika⟧
geboren am ⟦birth-date|12. August 1964⟧ in Köln
Geburtsname: ⟦person|Gabler⟧

Antragstellerin: ⟦person|Erika Mustermann⟧, ⟦address|Heidestraße 17, 51147 Köln⟧
Anzahl der Urkunden: 2 (je 12,00 EUR)
Verwendungszweck: Rentenangelegenheit`,
  },
  {
    id: 'ausland-iban',
    text: `Sehr geehrter Herr ⟦person|Rossi⟧,

für die Erstattung der Gebühren benötigen wir Ihre Bankverbindung. Sie haben uns zwei Konten genannt: ⟦iban|FR14 2004 1010 0505 0001 3M02 606⟧ (Frankreich) und ⟦iban|AT61 1904 3002 3457 3201⟧ (Österreich). Wir überweisen den Betrag von 45,50 € auf das erste Konto. Eine Überweisung nach ⟦iban|GB82WEST12345698765432⟧ ist leider nicht möglich.

Mit freundlichen Grüßen
⟦person|Ulrike Brandes⟧`,
  },
  {
    id: 'meldebescheinigung',
    text: `Erweiterte Meldebescheinigung nach § 18 Abs. 2 BMG

Familienname: ⟦person|Schneider⟧
Vornamen: ⟦person|Laura Sophie⟧
Geburtsdatum: ⟦birth-date|28.02.1996⟧
Geburtsort: Hannover
Staatsangehörigkeit: deutsch
Gegenwärtige Anschrift: ⟦address|Lister Meile 33, 30161 Hannover⟧
Einzugsdatum: 01.10.2021
Frühere Anschrift: ⟦address|Am Markt 3, 31134 Hildesheim⟧

Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.`,
  },
  {
    id: 'steuer-mitteilung',
    text: `Mitteilung an das Finanzamt

Betroffene: ⟦person|Sabine Hartmann⟧
Steuerliche Identifikationsnummer: ⟦tax-id|86095742719⟧
Steuernummer: 21/815/08150

Für das Kalenderjahr 2023 wurden Leistungen in Höhe von 3.600,00 Euro gezahlt (§ 32b EStG). Der Ehegatte, Herr ⟦person|Michael Hartmann⟧, Identifikationsnummer ⟦tax-id|33 184 572 900⟧, bezog keine Leistungen.`,
  },
  {
    id: 'unfallmeldung',
    text: `Unfallmeldung Bauhof

Am 16.04.2024 gegen 7:45 Uhr kam es auf dem Betriebshof ⟦address|Industriestraße 9⟧ zu einem Auffahrunfall zwischen dem Dienstfahrzeug ⟦license-plate|MH-BH 4711⟧ und dem Privatwagen des Mitarbeiters ⟦person|Kevin Schröder⟧ (⟦license-plate|E-KS 908⟧). Verletzt wurde niemand. Der Schaden wird auf etwa 2.500 € geschätzt. Zeuge: ⟦person|Detlef Marx⟧, erreichbar unter ⟦phone|0208 555 1234⟧.`,
  },
  {
    id: 'vollmacht',
    text: `Vollmacht

Hiermit bevollmächtige ich, ⟦person|Gerda Lorenz⟧, geb. ⟦birth-date|02.11.1941⟧, wohnhaft ⟦address|Kirchweg 2, 37073 Göttingen⟧,

meine Tochter ⟦person|Monika Lorenz-Becker⟧, wohnhaft ⟦address|Bahnhofstr. 27b, 37075 Göttingen⟧,

mich in allen Angelegenheiten gegenüber der Pflegekasse und dem Sozialamt zu vertreten.

Göttingen, den 05.03.2024

⟦person|Gerda Lorenz⟧`,
  },
  {
    id: 'schulanmeldung',
    text: `Anmeldung zur Einschulung 2024/2025

Kind: ⟦person|Mia Hoffmann⟧
Geburtsdatum: ⟦birth-date|14.09.2018⟧
Erziehungsberechtigte: ⟦person|Christina Hoffmann⟧ und ⟦person|Daniel Hoffmann⟧
Anschrift: ⟦address|Auf der Heide 12, 48155 Münster⟧
Telefon: ⟦phone|0251 / 12 34 56⟧
E-Mail: ⟦email|familie.hoffmann@gmx.de⟧

Die Schuleingangsuntersuchung findet am 20.03.2024 statt. Klassenstärke: 24 Schülerinnen und Schüler.`,
  },
  {
    id: 'beschwerde-laerm',
    text: `Sehr geehrte Damen und Herren,

seit Wochen wird in der Wohnung über mir (⟦address|Schillerstraße 8⟧, 3. OG) jede Nacht bis 2 Uhr laute Musik gespielt. Der Mieter, ein Herr ⟦person|Klein⟧, reagiert nicht auf Ansprachen. Ich bitte um Einschreiten nach § 117 OWiG.

Mit freundlichen Grüßen
⟦person|Ingrid Pohl⟧
⟦address|Schillerstraße 8⟧, 2. OG
⟦phone|0171 2233445⟧`,
  },
  {
    id: 'bescheid-elterngeld',
    text: `Elterngeldstelle Musterhaven

Bescheid über Elterngeld

Sehr geehrte Frau ⟦person|Wolff⟧,

für Ihr Kind ⟦person|Emma Wolff⟧, geboren am ⟦birth-date|11.01.2024⟧, wird Ihnen Basiselterngeld für den 1. bis 12. Lebensmonat bewilligt. Die Höhe beträgt 1.218,40 EUR monatlich (§ 2 BEEG). Ihre Rentenversicherungsnummer ⟦social-security-number|53 250190 W 013⟧ wurde an die Deutsche Rentenversicherung übermittelt.

Zahlungen erfolgen auf das Konto ⟦iban|DE44 5001 0517 5407 3249 31⟧.`,
  },
  {
    id: 'gewerbeanmeldung',
    text: `Gewerbe-Anmeldung nach § 14 GewO

Angaben zum Betriebsinhaber:
Name: ⟦person|Papadopoulos⟧
Vornamen: ⟦person|Georgios⟧
Geburtsdatum: ⟦birth-date|30.06.1977⟧
Anschrift der Wohnung: ⟦address|Friedrichstraße 123, 10117 Berlin⟧

Angaben zum Betrieb:
Betriebsstätte: ⟦address|Oranienstraße 45, 10969 Berlin⟧
Tätigkeit: Einzelhandel mit Lebensmitteln
Beginn: 01.04.2024
Zahl der Beschäftigten: 3 Vollzeit, 2 Teilzeit`,
  },
  {
    id: 'aktennotiz-hausbesuch',
    text: `Aktennotiz Hausbesuch

Am 22.02.2024 wurde Frau ⟦person|Brigitte Neumann⟧ (Geburtsdatum siehe Akte) in ihrer Wohnung ⟦address|Am Stadtpark 2, 06108 Halle (Saale)⟧ aufgesucht. Die Wohnung ist sauber, Pflegegrad 2 liegt vor. Der Sohn, Herr ⟦person|Uwe Neumann⟧, war anwesend.

Nächster Besuch in 6 Monaten.`,
  },
  {
    id: 'sv-ausweis-email',
    text: `Guten Tag Herr ⟦person|Jankowski⟧,

wie telefonisch besprochen, benötigen wir für die Antragsbearbeitung noch folgende Angaben:
– Ihre Sozialversicherungsnummer (wir haben ⟦social-security-number|42111092B600⟧ notiert – bitte bestätigen)
– die Nummer Ihres Personalausweises (zuletzt ⟦id-document|L01X00T471⟧)

Die Frist endet am 31.05.2024. Für Rückfragen: ⟦phone|+49 30 9026-4711⟧.

Freundliche Grüße
⟦person|Martina Engel⟧`,
  },
  {
    id: 'ordnungswidrigkeit-zeuge',
    text: `Zeugenfragebogen

Sie wurden als Zeuge/Zeugin benannt. Betroffener: Herr ⟦person|Ali Hassan⟧, ⟦address|Sonnenallee 150, 12059 Berlin⟧.
Tatvorwurf: Parken im absoluten Halteverbot (Zeichen 283), Tattag 09.04.2024, Tatzeit 16:10 Uhr.
Fahrzeug: ⟦license-plate|B-AH 1967⟧

Bitte senden Sie den Bogen bis zum 30.04.2024 zurück. Verwarnungsgeld: 35 Euro.`,
  },
  {
    id: 'negativ-statistik',
    text: `Monatsbericht April 2024

Im Berichtsmonat gingen 1.245 Anträge ein (Vormonat: 1.198). Die durchschnittliche Bearbeitungsdauer betrug 12,4 Tage. In 87 % der Fälle wurde innerhalb von 30 Tagen entschieden. 23 Widersprüche wurden eingelegt, davon 4 nach § 44 SGB X.

Auf die Postleitzahlbereiche 20095 bis 22769 entfallen 61 Prozent der Anträge. Die Hotline war an 21 Arbeitstagen erreichbar. Stichtag der Auswertung: 30.04.2024. Tabelle 3 zeigt die Verteilung nach Altersgruppen (18 bis 25, 26 bis 40, 41 bis 65 Jahre).`,
  },
  {
    id: 'einbuergerung',
    text: `Antrag auf Einbürgerung – Eingangsbestätigung

Sehr geehrter Herr ⟦person|Nguyen⟧,

Ihr Antrag vom 04.03.2024 ist bei uns eingegangen. Ihre Angaben: ⟦person|Van Minh Nguyen⟧, geboren am ⟦birth-date|19.05.1990⟧, Reisepass Nr. ⟦id-document|F4H82K1M9⟧. Bitte reichen Sie noch den Nachweis über Sprachkenntnisse (B1) nach § 10 Abs. 1 Nr. 6 StAG ein.

Die Bearbeitung dauert derzeit etwa 12 Monate. Die Gebühr beträgt 255 Euro.

Mit freundlichen Grüßen
Im Auftrag
Dr. ⟦person|Ralf Günther⟧`,
  },
  {
    id: 'pflege-antrag-email',
    text: `Sehr geehrte Frau ⟦person|Berger⟧,

meine Mutter, ⟦person|Helga Krause⟧ (geb. ⟦birth-date|07.12.1938⟧), lebt seit ihrem Sturz bei uns. Bitte schicken Sie die Unterlagen an meine Adresse: ⟦address|Zur Mühle 4, 99084 Erfurt⟧. Telefonisch bin ich unter ⟦phone|0361 - 6543210⟧ erreichbar, mobil unter ⟦phone|0152 33445566⟧.

Vielen Dank
⟦person|Andreas Krause⟧`,
  },
  {
    id: 'personalakte',
    text: `Personalbogen

Name, Vorname: ⟦person|Fischer, Jan⟧
Geburtsdatum: ⟦birth-date|15.03.1972⟧
Steuer-ID: ⟦tax-id|29347105668⟧
Rentenversicherungsnummer: ⟦social-security-number|38 150372 S 516⟧
Bankverbindung: ⟦iban|DE75 5121 0800 1245 1261 99⟧
Eintritt: 01.09.2015, Entgeltgruppe E 9b, Stufe 4
Dienststelle: Amt 32, ⟦address|Ordnungsweg 1⟧, Zimmer 3.14`,
  },
  {
    id: 'negativ-bauamt-bericht',
    text: `Sachstandsbericht Sanierung Grundschule Nord

Die Sanierung des Gebäudes (Baujahr 1964) verzögert sich um voraussichtlich 8 Wochen. Die Kostenschätzung steigt von 2,4 Mio. € auf 2,75 Mio. € (+14,6 %). Die Ausschreibung erfolgte nach VOB/A, Abschnitt 1. Der Auftrag über die Fenster (Los 3) wurde am 12.02.2024 erteilt. Die Fertigstellung ist für das 3. Quartal 2025 geplant.

Am Montag 3 Besprechungen mit den Gewerken; im Jahr 2024 insgesamt 14 Baustellentermine.`,
  },
  {
    id: 'kfz-abmeldung',
    text: `Außerbetriebsetzung eines Fahrzeugs

Halterin: ⟦person|Johanna Becker⟧
Kennzeichen: ⟦license-plate|K-JB 2512⟧
Fahrzeug-Identifizierungsnummer: WVWZZZ1JZXW000001
Zulassungsbescheinigung Teil I liegt vor.

Das Fahrzeug ist zum 15.04.2024 abgemeldet. Die Kfz-Steuer wird vom Hauptzollamt erstattet. Gebühr: 11,80 € (Gebühren-Nr. 224 GebOSt).`,
  },
  {
    id: 'stellungnahme-anwalt',
    text: `RAe ⟦person|Lindner⟧ & Partner
⟦address|Königsallee 60, 40212 Düsseldorf⟧
Tel. ⟦phone|0211 86 32 70⟧

In der Verwaltungsrechtssache
⟦person|Yusuf Arslan⟧ ./. Stadt Musterhaven
Ihr Zeichen: ⟦case-reference|32.40.01-000815/2023⟧

zeigen wir an, dass wir Herrn ⟦person|Arslan⟧ vertreten. Vollmacht anbei. Wir beantragen Akteneinsicht nach § 29 VwVfG.

⟦person|Lindner⟧
Rechtsanwalt`,
  },
  {
    id: 'meldung-jugendamt',
    text: `Mitteilung nach § 8a SGB VIII

Betroffenes Kind: ⟦person|Finn Richter⟧, geboren am ⟦birth-date|3.6.2017⟧
Mutter: ⟦person|Jacqueline Richter⟧, ⟦address|Hinter dem Dom 4, 39104 Magdeburg⟧
Meldende Stelle: Kita Regenbogen, Frau ⟦person|Hahn⟧

Am 14.05.2024 fiel auf, dass das Kind wiederholt ohne Frühstück in die Einrichtung kam. Ein Gespräch mit Frau ⟦person|Richter⟧ ist für den 17.05.2024 geplant.`,
  },
  {
    id: 'negativ-ausschreibung',
    text: `Stellenausschreibung

Die Stadt Musterhaven sucht zum 01.07.2024 eine Sachbearbeitung (m/w/d) für das Bürgeramt, Entgeltgruppe 8 TVöD, Kennziffer 2024-117. Die wöchentliche Arbeitszeit beträgt 39 Stunden. Bewerbungsfrist: 31.05.2024.

Vorausgesetzt werden der Abschluss als Verwaltungsfachangestellte/r und Kenntnisse im Melderecht (BMG). Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt (§ 164 SGB IX).`,
  },
  {
    id: 'rueckforderung',
    text: `Herrn
⟦person|Piotr Zieliński⟧
⟦address|Ringstraße 18
66111 Saarbrücken⟧

Rückforderung überzahlter Leistungen, Az. ⟦case-reference|SO-2023-04471⟧

Sehr geehrter Herr ⟦person|Zieliński⟧,

für den Zeitraum 01.03.2023 bis 31.08.2023 wurden Leistungen in Höhe von 1.842,17 € zu Unrecht erbracht (§ 50 SGB X). Bitte überweisen Sie den Betrag bis zum 30.06.2024 unter Angabe des Kassenzeichens 0451 2233 0099 auf das Konto der Stadtkasse. Bei Fragen erreichen Sie mich unter ⟦phone|0681 905-2233⟧ oder ⟦email|sozialamt@musterhaven.de⟧.

Mit freundlichen Grüßen
⟦person|Claudia Roth-Weiß⟧`,
  },
  {
    id: 'termin-bestaetigung',
    text: `Terminbestätigung

Ihr Termin im Bürgeramt Mitte: Dienstag, 11.06.2024, 9:20 Uhr, Schalter 4.
Anliegen: Beantragung Personalausweis
Name: ⟦person|Lea Sommer⟧
Vorgangsnummer: 2024-06-11-0042

Bitte bringen Sie ein biometrisches Passfoto und Ihren bisherigen Ausweis (⟦id-document|L7X9R4N2C8⟧) mit. Die Gebühr beträgt 37,00 Euro.`,
  },
  {
    id: 'widerspruchsbescheid',
    text: `Widerspruchsbescheid

In dem Widerspruchsverfahren
der Frau ⟦person|Svetlana Iwanowa⟧, ⟦address|Pappelweg 9, 18055 Rostock⟧,
– Widerspruchsführerin –

gegen den Bescheid vom 10.01.2024 (Az. ⟦case-reference|WG-2024-00019⟧)

ergeht folgende Entscheidung: Der Widerspruch wird zurückgewiesen. Die Kosten des Verfahrens trägt die Widerspruchsführerin (§ 80 VwVfG). Gegen diesen Bescheid kann innerhalb eines Monats Klage beim Verwaltungsgericht Schwerin, ⟦address|Wismarsche Straße 323a, 19055 Schwerin⟧, erhoben werden.`,
  },
  {
    id: 'email-signatur-behoerde',
    text: `Sehr geehrter Herr ⟦person|Wolf⟧,

anbei erhalten Sie die gewünschte Bescheinigung. Die Kosten von 10,00 € stellen wir Ihnen gesondert in Rechnung.

Mit freundlichen Grüßen

⟦person|Katrin Voigt⟧
Stadt Musterhaven
Fachbereich Bürgerservice
⟦address|Rathausplatz 1, 20095 Hamburg⟧
Telefon: ⟦phone|+49 40 428 11-2345⟧
E-Mail: ⟦email|katrin.voigt@musterhaven.de⟧`,
  },
  {
    id: 'hilfe-antrag-freitext',
    text: `Ich beantrage Hilfe zum Lebensunterhalt. Ich wohne mit meinem Partner ⟦person|Marco Bianchi⟧ in der ⟦address|Nordstraße 77, 04105 Leipzig⟧. Mein Konto: ⟦iban|DE12 5001 0517 0648 4898 90⟧. Meine Rentenversicherungsnummer ist ⟦social-security-number|08 220776 S 035⟧ und meine Steuer-ID ⟦tax-id|48291736543⟧. Ich habe zwei Kinder (5 und 8 Jahre). Die Miete beträgt 650 € warm.`,
  },
  {
    id: 'fundsache',
    text: `Fundanzeige Nr. 2024/0815

Fundort: Bushaltestelle Marktplatz
Funddatum: 02.05.2024
Gegenstand: Geldbörse mit Personalausweis auf den Namen ⟦person|Robert Franke⟧ (Ausweisnummer ⟦id-document|C4J7N1W9R⟧), 35,20 € Bargeld, EC-Karte.

Der Eigentümer wurde über die Meldeadresse ⟦address|Lange Reihe 14, 20099 Hamburg⟧ benachrichtigt.`,
  },
  // Written after the detectors, to probe formats they were not built around.
  {
    id: 'hart-freitext-beschwerde',
    text: `Betreff: Beschwerde über Sachbearbeitung

Ich habe am Montag mit Ihrer Kollegin gesprochen, ich glaube sie hieß ⟦person|Schwarz⟧. Sie war sehr unfreundlich. Mein Nachbar ⟦person|Dieter Kowalczyk⟧ war dabei und kann das bestätigen. Bitte rufen Sie mich zurück: Tel ⟦phone|040 123 45 67⟧ oder Handy ⟦phone|0160-1234567⟧.

⟦person|R. Ahmadi⟧`,
  },
  {
    id: 'hart-formular-tabelle',
    text: `Antragsteller/in
Name	Vorname	Geburtsdatum
⟦person|Krämer⟧	⟦person|Jürgen⟧	⟦birth-date|01.04.1960⟧

Ehegatte/Lebenspartner
Name	Vorname	Geburtsdatum
⟦person|Krämer⟧	⟦person|Renate⟧	⟦birth-date|22.09.1962⟧

Bankverbindung (IBAN): ⟦iban|DE89 3704 0044 0532 0130 00⟧`,
  },
  {
    id: 'hart-international',
    text: `Sehr geehrte Frau ⟦person|Novak⟧,

wir haben Ihre Nachricht erhalten. Für Rückfragen erreichen Sie unsere Partnerbehörde in Wien unter ⟦phone|+43 1 4000 8090⟧. Ihre österreichische Bankverbindung ⟦iban|AT02 2050 3021 0102 3600⟧ haben wir gespeichert. Ihre neue Adresse in Deutschland, ⟦address|Platz der Republik 1, 11011 Berlin⟧, wurde übernommen.

Freundliche Grüße aus dem Bürgeramt`,
  },
  {
    id: 'hart-vermerk-kurz',
    text: `Vm.: Hr. ⟦person|Yildirim⟧ (Az. ⟦case-reference|SO-2024-01122⟧) hat heute vorgesprochen, Unterlagen vollständig. Geb.-Datum ⟦birth-date|1985-07-14⟧ lt. Pass korrigiert. Rückruf an ⟦phone|+49-40-3344556⟧ erledigt. WV 3 Wo.`,
  },
  {
    id: 'hart-email-kette',
    text: `Am 12.04.2024 um 09:13 schrieb ⟦person|Sarah Lindqvist⟧ <⟦email|sarah.lindqvist@example.org⟧>:
> Hallo zusammen,
> anbei die Liste der Teilnehmenden für den Workshop am 25.04.:
> ⟦person|Ole Hansen⟧, ⟦person|Merve Aydın⟧, ⟦person|Tobias Maurer⟧
> Viele Grüße, ⟦person|Sarah⟧

Danke, ist notiert. Raum 1.08 ist gebucht.`,
  },
  {
    id: 'hart-bescheid-gross',
    text: `HERRN
⟦person|KLAUS-DIETER BRAUN⟧
⟦address|GOETHESTR. 5
60313 FRANKFURT AM MAIN⟧

Bescheid über die Festsetzung der Hundesteuer 2024

Sehr geehrter Herr ⟦person|Braun⟧,

für Ihren Hund wird die Hundesteuer auf 90,00 EUR jährlich festgesetzt (§ 5 HStS). Die Steuermarke Nr. 1234 ist sichtbar zu tragen.`,
  },
  {
    id: 'hart-sv-schreibweisen',
    text: `Versicherungsnummer: ⟦social-security-number|23 010199 K 583⟧ (Angabe der Arbeitnehmerin ⟦person|Kim Nguyen⟧)
Versicherungsnummer des Ehemanns: ⟦social-security-number|70280466L000⟧
Die Betriebsnummer 12345678 des Arbeitgebers und die Krankenversichertennummer A123456780 sind keine Rentenversicherungsnummern.`,
  },
  {
    id: 'hart-kennzeichen-varianten',
    text: `Parkverstöße im Bereich Am Hafen:
– ⟦license-plate|HH AB 123⟧ (09:10 Uhr)
– ⟦license-plate|OD-X 7⟧ (09:25 Uhr)
– ⟦license-plate|B MW 2024H⟧ (Oldtimer, 09:40 Uhr)
– Fahrzeug ohne Kennzeichen, Marke VW, Farbe grau
Die Fahrzeuge wurden mit 20 € verwarnt (Tatbestand 112402).`,
  },
  {
    id: 'hart-adressen-varianten',
    text: `Zustellungen der Woche:
1. Familie ⟦person|Özdemir⟧, ⟦address|Karl-Marx-Straße 101, 12043 Berlin⟧
2. Herr ⟦person|Schulte⟧, ⟦address|An der Alster 12, 20099 Hamburg⟧
3. Wohngemeinschaft ⟦address|Kleine Freiheit 44, 22767 Hamburg⟧
4. ⟦address|Unter den Linden 77, 10117 Berlin⟧ (Hotel, Rezeption)
Bei Nichtantreffen Benachrichtigung einwerfen.`,
  },
  {
    id: 'hart-antrag-freitext',
    text: `Hiermit beantrage ich, ⟦person|Natalia Sokolowa⟧, die Übernahme der Kosten für die Klassenfahrt meiner Tochter ⟦person|Anastasia⟧ (Klasse 7b, Gesamtschule Nord) in Höhe von 320 €. Wir beziehen Bürgergeld (BG-Nummer 123A456789). Meine Telefonnummer ist ⟦phone|0177/8899001⟧, E-Mail ⟦email|n.sokolowa@t-online.de⟧.`,
  },
  {
    id: 'hart-ausweis-kontext',
    text: `Identitätsprüfung: Die Person wies sich mit einem Reisepass aus. Dokumentennummer ⟦id-document|C01X00T47⟧, ausstellende Behörde Stadt Köln, gültig bis 2029. Der Abgleich mit dem Foto ergab keine Auffälligkeiten. Die Prüfnummer des Vorgangs lautet PZ 2024 0456.`,
  },
  {
    id: 'hart-negativ-zahlen',
    text: `Haushaltsplan 2025, Produktgruppe 31.10.01, Konto 0421 5000: Ansatz 1 250 000 €, Vorjahr 1 180 000 €. Telefonkosten pauschal 0,09 €/min. Zinsen 3,25 % p. a. für 10 Jahre. Die Zahl der Bedarfsgemeinschaften stieg um 0,8 % auf 12.450.`,
  },
  // First held-out batch; scored once (precision 0.909, recall 0.698), then used for improvements.
  {
    id: 'holdout-buergeranfrage',
    text: `Guten Tag,

mein Name ist ⟦person|Wiebke Carstensen⟧ und ich wohne seit März in der ⟦address|Holtenauer Straße 88, 24105 Kiel⟧. Leider ist mein Antrag auf Anwohnerparken (Kennzeichen ⟦license-plate|KI-WC 318⟧) noch nicht bearbeitet. Können Sie mir sagen, wie lange das noch dauert? Meine Handynummer ist ⟦phone|01590 1234567⟧.

Danke!
⟦person|W. Carstensen⟧`,
  },
  {
    id: 'holdout-jobcenter-einladung',
    text: `Einladung

Sehr geehrte Frau ⟦person|El-Masri⟧,

bitte kommen Sie am Donnerstag, 13.06.2024, um 10:30 Uhr zu einem Gespräch über Ihre berufliche Situation. Bringen Sie bitte Ihren Lebenslauf mit. Ihre Kundennummer: 123D456789. Ihre BG-Nummer: 12345//0012345.

Ansprechpartnerin: Frau ⟦person|Stefanie Brückner⟧, Raum E.12, Tel. ⟦phone|0421 361-55012⟧

Rechtsfolgenbelehrung: Kommen Sie ohne wichtigen Grund nicht, wird Ihr Bürgergeld um 10 Prozent gemindert (§ 32 SGB II).`,
  },
  {
    id: 'holdout-vermerk-akteneinsicht',
    text: `Vermerk über Akteneinsicht

Am 28.05.2024 nahm Rechtsanwalt Dr. ⟦person|Florian Eggers⟧ für den Kläger ⟦person|Bernd Wittkamp⟧ (geb. ⟦birth-date|19.10.1958⟧) Einsicht in die Akte ⟦case-reference|32.11.04-000412/2022⟧. Kopien wurden von Bl. 1–45 gefertigt (0,50 € je Seite, gesamt 22,50 €). Die Akte wurde um 11:40 Uhr vollständig zurückgegeben.

⟦person|Hübner⟧, VA`,
  },
  {
    id: 'holdout-sepa-mandat',
    text: `SEPA-Lastschriftmandat

Zahlungsempfänger: Stadtwerke Musterhaven, Gläubiger-ID DE12ZZZ00000012345
Mandatsreferenz: 2024-000815

Kontoinhaber: ⟦person|Paulina Wiśniewska⟧
⟦address|Mühlenkamp 31, 22303 Hamburg⟧
IBAN: ⟦iban|DE89 3704 0044 0532 0130 00⟧
BIC: COBADEFFXXX

Hamburg, 02.04.2024, Unterschrift`,
  },
  {
    id: 'holdout-anmeldung-ausland',
    text: `Anmeldung einer Wohnung

Zuzug aus dem Ausland (Polen). Bisherige Anschrift: ⟦address|ul. Marszałkowska 10, 00-590 Warszawa⟧.
Neue Wohnung: ⟦address|Schanzenstraße 5⟧, 2. OG links, 20357 Hamburg
Einzug: 15.05.2024
Person 1: ⟦person|Tomasz Lewandowski⟧, geboren ⟦birth-date|04.04.1991⟧ in Krakau, Reisepass ⟦id-document|EA1234567⟧
Wohnungsgeber: Hausverwaltung Petersen GmbH`,
  },
  {
    id: 'holdout-statistik-negativ',
    text: `Quartalsbericht Q1/2024 – Kfz-Zulassungsstelle

Zulassungen: 4.812 (Vorjahr 4.455), davon 1.203 Elektrofahrzeuge (E-Kennzeichen). Wunschkennzeichen: 2.019 Reservierungen. Außerbetriebsetzungen: 3.120. Durchschnittliche Wartezeit: 11 Minuten. Die Gebühr für ein Wunschkennzeichen beträgt 12,80 € (Gebühren-Nr. 221.4 GebOSt). Ab 01.07.2024 gilt die neue Fassung der FZV.`,
  },
  {
    id: 'holdout-pflegegutachten',
    text: `Gutachten zur Feststellung der Pflegebedürftigkeit

Versicherte: ⟦person|Waltraud Meyer-Ohlsen⟧, *⟦birth-date|30.01.1936⟧
Versichertennummer der Pflegekasse: M123456789
Anschrift: Seniorenwohnanlage ⟦address|Am Rosengarten 7, 26122 Oldenburg⟧
Anwesend: Tochter ⟦person|Heike Ohlsen⟧ (Betreuerin), Pflegefachkraft Herr ⟦person|Jovanović⟧

Ergebnis: Pflegegrad 3 (47,5 gewichtete Punkte).`,
  },
  {
    id: 'holdout-mail-kollegen',
    text: `Hi ⟦person|Basti⟧,

kurze Info: Frau ⟦person|Szymańska⟧ hat angerufen, sie schickt den fehlenden Kontoauszug bis Freitag. Ihre Nummer hat sich geändert, neu: ⟦phone|0157 / 3344 5566⟧. Kannst Du das bitte in der Akte vermerken?

LG ⟦person|Nicole⟧`,
  },
  {
    id: 'holdout-bussgeldbescheid',
    text: `Bußgeldbescheid

Betroffener: ⟦person|Alexander Petrović⟧, geboren am ⟦birth-date|11.11.1986⟧ in Zagreb
Wohnort: ⟦address|Breite Straße 2, 50667 Köln⟧
Fahrzeug: PKW, amtliches Kennzeichen ⟦license-plate|K-AP 1111⟧
Tatzeit: 03.03.2024, 22:47 Uhr; Tatort: BAB 3, km 45,2, Fahrtrichtung Frankfurt

Ihnen wird vorgeworfen, die zulässige Höchstgeschwindigkeit außerhalb geschlossener Ortschaften um 31 km/h überschritten zu haben. Bußgeld: 150,00 €, Gebühr: 28,50 €, Auslagen: 3,50 €. 1 Punkt im FAER.`,
  },
  {
    id: 'holdout-steuerbescheinigung',
    text: `Bescheinigung für das Finanzamt

Hiermit wird bescheinigt, dass ⟦person|Ayşe Kılıç⟧ (IdNr. ⟦tax-id|70293815606⟧) im Jahr 2023 Elterngeld in Höhe von 8.640,00 € erhalten hat. Der Betrag unterliegt dem Progressionsvorbehalt nach § 32b Abs. 1 Nr. 1 Buchst. j EStG. Die Angaben wurden elektronisch an das BZSt übermittelt (eTIN: KLCAYSE85H22).`,
  },
  {
    id: 'holdout-schadensmeldung',
    text: `Schadensmeldung Straßenbeleuchtung

Meldende Person: ⟦person|Helmut Oberländer⟧, Tel. ⟦phone|02 21 / 9 87 65 43⟧
Ort: Kreuzung Vogelsanger Straße / Subbelrather Straße, Mast Nr. 4711-0815
Schaden: Leuchte defekt seit ca. 2 Wochen
Eingang: 06.05.2024 per E-Mail (⟦email|h.oberlaender@netcologne.de⟧)`,
  },
  {
    id: 'holdout-kita-gebuehren',
    text: `Festsetzung der Elternbeiträge

Kind: ⟦person|Noah Ben Haddou⟧, geb. ⟦birth-date|01.09.2021⟧
Erziehungsberechtigte: ⟦person|Samira Haddou⟧
Anschrift: ⟦address|Weidenstieg 9a, 20259 Hamburg⟧

Auf Grundlage des Einkommens von 38.400 € jährlich (Stufe 5) beträgt der monatliche Beitrag 146,00 €. Geschwisterermäßigung: keine. Der Beitrag wird zum 1. eines Monats per Lastschrift eingezogen.`,
  },
  // Second held-out batch; scored once (precision 0.914, recall 0.865), then used for improvements.
  {
    id: 'holdout2-wohnberechtigungsschein',
    text: `Antrag auf Wohnberechtigungsschein

1. Antragstellende Person
Familienname, Vorname: ⟦person|Bergmann, Lukas⟧
Geburtsdatum: ⟦birth-date|07.03.1994⟧
Familienstand: ledig
Derzeitige Anschrift: ⟦address|Tulpenweg 4, 33602 Bielefeld⟧
Telefon tagsüber: ⟦phone|0521 / 55 66 77⟧

2. Weitere Haushaltsangehörige
⟦person|Mara Bergmann⟧ (Schwester), geb. ⟦birth-date|12.12.2001⟧

Jahreseinkommen des Haushalts: 24.800 € brutto.`,
  },
  {
    id: 'holdout2-mail-terminabsage',
    text: `Hallo liebes Team vom Bürgeramt,

leider kann ich meinen Termin am 14.06. um 8:40 Uhr nicht wahrnehmen, da mein Kind krank ist. Die Buchungsnummer war 4711-2024. Könnt ihr mir einen neuen Termin geben? Am besten erreicht ihr mich per Mail an ⟦email|jule.f@gmx.net⟧ oder über WhatsApp unter ⟦phone|+49 172 5566778⟧.

Liebe Grüße
⟦person|Jule Fromm⟧`,
  },
  {
    id: 'holdout2-ordnungsamt-hund',
    text: `Ordnungsverfügung

Frau ⟦person|Ramona Kessler⟧
⟦address|Am Mühlbach 21
91054 Erlangen⟧

Sehr geehrte Frau ⟦person|Kessler⟧,

Ihr Hund (Rasse: Staffordshire-Mix, Chipnummer 276098106543210) wurde am 02.04.2024 gegen 18 Uhr auf dem Spielplatz Lindenstraße ohne Leine angetroffen. Nach § 18 Abs. 1 LStVG ordne ich an, den Hund außerhalb Ihres Grundstücks an der Leine zu führen. Für diese Anordnung wird eine Gebühr von 75,00 € erhoben.

Im Auftrag

⟦person|Schuster⟧`,
  },
  {
    id: 'holdout2-nachlass',
    text: `Amtsgericht Musterhaven – Nachlassgericht
Geschäftsnummer: 12 VI 345/24

Nachlasssache ⟦person|Gertrud Hansen⟧, verstorben am 08.01.2024, zuletzt wohnhaft ⟦address|Kiefernweg 12, 25813 Husum⟧

Erben laut Testament vom 15.06.2019:
– ⟦person|Jens Hansen⟧ (Sohn), ⟦address|Deichstraße 4, 25813 Husum⟧
– ⟦person|Birgit Sörensen⟧, geb. ⟦person|Hansen⟧ (Tochter), Kopenhagen

Der Nachlasswert wird mit ca. 180.000 € angegeben.`,
  },
  {
    id: 'holdout2-negativ-ratsvorlage',
    text: `Beschlussvorlage Nr. 2024/0123

Der Rat der Stadt beschließt die Änderung der Gebührensatzung für Sondernutzungen zum 01.01.2025. Die Gebühr für Außengastronomie steigt von 2,50 € auf 3,00 € je m² und Monat. Finanzielle Auswirkungen: Mehreinnahmen von rund 45.000 € jährlich (Produkt 54.10.02). Beteiligt: Fachbereich 30, Fachbereich 66, Personalrat. Abstimmungsergebnis im Ausschuss: 11 Ja, 3 Nein, 1 Enthaltung.`,
  },
  {
    id: 'holdout2-protokoll-buergersprechstunde',
    text: `Bürgersprechstunde 16.05.2024

1. Herr ⟦person|Okonkwo⟧ fragt nach dem Stand seines Aufenthaltstitels (Az. ⟦case-reference|OA-2024-03310⟧). Zusage: Rückmeldung bis 31.05.
2. Frau ⟦person|Lindemann⟧ beschwert sich über Parkplatzmangel in der Gneisenaustraße.
3. Ein Anwohner der ⟦address|Rosenstraße 14⟧ meldet einen wilden Müllablageplatz.

Protokoll: ⟦person|T. Albrecht⟧`,
  },
  {
    id: 'holdout2-kfz-halteranfrage',
    text: `Halteranfrage an das KBA

Kennzeichen: ⟦license-plate|WÜ-LM 88⟧
Anfrage wegen: Unfallflucht am 22.04.2024, Parkplatz Kaufland
Ermittelter Halter: ⟦person|Leonie Maurer⟧, ⟦address|Zellerau 3a, 97082 Würzburg⟧
Versicherung: HUK, Vertragsnummer 123-45678-90`,
  },
  {
    id: 'holdout2-rentenantrag',
    text: `Sehr geehrter Herr ⟦person|Kaminski⟧,

zu Ihrem Rentenantrag benötigen wir noch Nachweise über die Zeiten von 1978 bis 1983. Bitte geben Sie bei Rückfragen stets Ihre Versicherungsnummer ⟦social-security-number|04 150481 A 006⟧ an. Sie können uns montags bis donnerstags von 8 bis 16 Uhr unter ⟦phone|0800 1000 4800⟧ (kostenlos) erreichen.

Mit freundlichen Grüßen
Ihre Deutsche Rentenversicherung`,
  },
  {
    id: 'holdout2-schuelerbefoerderung',
    text: `Antrag Schülerbeförderung

Schüler/in: ⟦person|Finn-Ole Jacobsen⟧, Klasse 5c
Schule: Gymnasium am Wall
Wohnanschrift: ⟦address|Dorfstraße 17, 24837 Schleswig⟧
Entfernung zur Schule: 6,4 km
Kontoinhaber/in für Erstattungen: ⟦person|Kirsten Jacobsen⟧
IBAN: ⟦iban|DE75512108001245126199⟧`,
  },
  {
    id: 'holdout2-widerspruch-gebuehr',
    text: `Dr. med. ⟦person|Hanna Westphal⟧
Praxis für Allgemeinmedizin
⟦address|Marktplatz 2
07743 Jena⟧

An die Stadtverwaltung Jena

Ihr Gebührenbescheid vom 02.05.2024, Kassenzeichen 5.0021.004711.7

Sehr geehrte Damen und Herren,

gegen den oben genannten Bescheid über 312,00 € lege ich Widerspruch ein. Die Straßenreinigungsgebühr wurde für eine Frontlänge von 24 m berechnet, tatsächlich beträgt sie 12 m.

Mit freundlichen Grüßen
⟦person|Hanna Westphal⟧`,
  },
];

/**
 * Written last and never tuned against: the detectors were not changed after these were first
 * scored, so their figures estimate quality on unseen text better than the main table does.
 */
export const HOLDOUT_CASES: DetectionCase[] = [
  {
    id: 'holdout3-anhoerung-leistungen',
    text: `Anhörung nach § 24 SGB X

Herrn
⟦person|Sergej Wolkow⟧
⟦address|Plattenstraße 61
39128 Magdeburg⟧

Sehr geehrter Herr ⟦person|Wolkow⟧,

nach unseren Unterlagen haben Sie im Zeitraum 01.09.2023 bis 29.02.2024 Einkommen aus einer Beschäftigung bei der Firma Logistik Nord GmbH erzielt, das Sie nicht angegeben haben. Dadurch wurden Leistungen in Höhe von 2.310,44 € zu viel gezahlt. Sie haben Gelegenheit, sich bis zum 10.06.2024 zu äußern.

Mit freundlichen Grüßen
Im Auftrag
⟦person|Yvonne Krebs⟧`,
  },
  {
    id: 'holdout3-mail-vermieter',
    text: `Sehr geehrte Damen und Herren,

als Vermieter der Wohnung von Frau ⟦person|Emine Aksoy⟧ bestätige ich, dass die Kaltmiete ab 01.07.2024 auf 540 € steigt. Die Nebenkosten bleiben bei 180 €. Die Wohnung liegt in der ⟦address|Frankfurter Allee 212, 10365 Berlin⟧, 4. OG.

Bei Fragen: ⟦phone|030 9876 5432⟧

Freundliche Grüße
⟦person|Günter Pfeiffer⟧
Hausverwaltung Pfeiffer`,
  },
  {
    id: 'holdout3-negativ-dienstanweisung',
    text: `Dienstanweisung Nr. 7/2024 – Aufbewahrung von Akten

1. Akten sind nach Abschluss des Verfahrens 10 Jahre aufzubewahren (§ 147 AO analog).
2. Die Frist beginnt mit dem Ende des Kalenderjahres, in dem die letzte Verfügung erging.
3. Elektronische Akten werden im DMS unter der Ablagekennung 020.14 geführt.
4. Die Vernichtung erfolgt durch den Dienstleister gemäß DIN 66399, Schutzklasse 2, Sicherheitsstufe P-4.
Inkrafttreten: 01.06.2024.`,
  },
  {
    id: 'holdout3-vermerk-ausweisverlust',
    text: `Verlustanzeige Personalausweis

Die Antragstellerin, Frau ⟦person|Lisa-Marie Hoppe⟧, geb. ⟦birth-date|25.12.1999⟧, zeigt den Verlust ihres Personalausweises an. Seriennummer laut Melderegister: ⟦id-document|LF71HX3T9⟧. Der Ausweis wurde im Fahndungssystem gesperrt. Ein vorläufiger Personalausweis wurde ausgestellt (Gebühr 10,00 €).

Bearbeiterin: ⟦person|K. Wendt⟧`,
  },
  {
    id: 'holdout3-jugendhilfe',
    text: `Hilfeplangespräch am 03.04.2024

Teilnehmende: ⟦person|Jonas Brinkmann⟧ (Jugendlicher, 15 J.), Mutter ⟦person|Daniela Brinkmann⟧, Herr ⟦person|Szabo⟧ (Träger), Frau ⟦person|Akgül⟧ (ASD)

Vereinbarungen: Fortsetzung der Erziehungsbeistandschaft nach § 30 SGB VIII für weitere 6 Monate, wöchentlich 3 Fachleistungsstunden. Nächstes Gespräch im Oktober 2024.`,
  },
  {
    id: 'holdout3-kontaktformular',
    text: `Kontaktformular – Eingang 12.05.2024 21:14

Anrede: Herr
Vorname: ⟦person|Mathis⟧
Nachname: ⟦person|Sauerland⟧
Straße, Hausnummer: ⟦address|Gänsemarkt 50⟧
PLZ, Ort: 20354 Hamburg
E-Mail: ⟦email|m.sauerland@mailbox.org⟧
Nachricht: Wann wird die Baustelle vor meinem Haus beendet? Der Lärm ist unerträglich.`,
  },
  {
    id: 'holdout3-gewerbeuntersagung',
    text: `Einleitung eines Gewerbeuntersagungsverfahrens

Betroffener: ⟦person|Kemal Aydın⟧, geb. ⟦birth-date|14.02.1975⟧
Betrieb: Imbiss „Kemal's Grill“, ⟦address|Bahnhofsplatz 1, 44135 Dortmund⟧
Steuerrückstände laut Finanzamt: 18.450,00 €
Steuer-IdNr.: ⟦tax-id|12131456787⟧

Frau ⟦person|Niemeyer⟧ aus dem Ordnungsamt wird um Stellungnahme bis 21.06.2024 gebeten.`,
  },
  {
    id: 'holdout3-fahrerlaubnis',
    text: `Antrag auf Umschreibung einer ausländischen Fahrerlaubnis

Name: ⟦person|Hoang⟧, Vorname: ⟦person|Thi Lan⟧
Geburtsdatum: ⟦birth-date|02.08.1990⟧
Nationale Fahrerlaubnis: Vietnam, Klasse B
Wohnsitz in Deutschland seit: 10/2022
Anschrift: ⟦address|Leipziger Straße 40, 01097 Dresden⟧
Telefon: ⟦phone|0351 4455 6677⟧`,
  },
];
