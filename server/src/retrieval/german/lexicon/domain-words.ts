/**
 * Further domain vocabulary: tax, social security, residence, construction, traffic, environment,
 * economy, health, education, IT and court procedure. Written for this project from general
 * knowledge of German. Only simple and derived words: compounds such as "Antragsfrist" must stay
 * out, otherwise they would no longer be split.
 */
export const DOMAIN_WORDS = `
abgeltung abschreibung absetzung anschaffung bemessung bilanzierung buchung dividende einkunft entrichtung
erstattung fälligkeit festsetzung gutschrift hebesatz nachforderung pauschalierung
schenkung stundung tilgung veräußerung veranlagung vorauszahlung
zuschlag abzug ermäßigung
arbeitslose eingliederung hinzuverdienst jobcenter
unterhalt versorgung wiedereingliederung zuzahlung
abschiebung ankunft anerkennung ausreise duldung einbürgerung einreise
integration niederlassung visum
abriss anbau ausbau bebauung erschließung fassade flurstück geschoss
grundriss sanierung umbau vermessung abstand fläche gebäude keller
dach mauerwerk statik
abschleppen ampel kennzeichen verwarnung zulassung verkehr
fahrgast fahrer fußgänger lastwagen omnibus anhänger motorrad roller
abgas deponie emission feinstaub immission lärm recycling schadstoff
wertstoff kompost
buchhalter dienstleister genossenschaft gesellschafter gewerbetreibende handel
insolvenz konzession liquidation mittelstand prokura unternehmen vergabe wettbewerb zulieferer
lieferung auftrag skonto
attest behandlung diagnose entlassung heilpraktiker impfung infektion medikament
quarantäne untersuchung vorsorge pflege praxis klinik ambulanz hebamme apotheker
abschluss ausbildung einschulung hausaufgabe kita
realschule semester zeugnis klausur prüfer prüfling
anmeldung benutzer chipkarte format kennwort pin schnittstelle signatur
verschlüsselung zertifikat formular
anerkenntnis aufschiebung aussetzung beiladung beklagte einstweilig erledigung begründetheit
hauptsache rechtshängigkeit revision
untätigkeit verpflichtung vertagung vorbescheid zulässigkeit
bevollmächtigung diskriminierung
zusicherung
anfang dringlichkeit einzelheit erfüllung gesamtheit notwendigkeit
persönlichkeit reihenfolge sachkunde selbstständigkeit stichprobe verfügbarkeit
vollständigkeit zuverlässigkeit zeitpunkt
abdruck zahler abfuhr reife herr status vielfalt verletzung beseitigung staub tonne scheibe würde
`;
