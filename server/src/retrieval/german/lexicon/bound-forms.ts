/**
 * Adjectives and bound forms. Entries ending in "-" may only precede another part: verb stems
 * ("Wohngeld", "Prüfverfahren", "Meldebehörde"), umlaut plurals ("Ländersache") and productive
 * first elements ("Hauptwohnsitz"). Adjective-like suffix words ("-frei", "-pflichtig") are free so
 * that "gebührenfrei" yields "gebühr". Prepositions and "-haft"/"-bar"/"-los" are left out on purpose:
 * they would cut derivations like "Unterlage" or "fehlerhaft" into misleading parts.
 */
export const BOUND_FORMS = `
wohn- fahr- prüf- meld- wart- zahl- schreib- les- lern- such- schlaf- steh- dreh- wähl- heiz- koch- rechen-
mess- schalt- leit- stell- lad- pfleg- sterb- trau- spar- kenn- sprech- nutz- trag- bind- lösch- kühl- schließ-
denk- warn- brenn- spül- misch- schau- treib- förder- erb- end- erd- eil- bleib- schwimm- wasch- park-
back- fang- fern- greif- hör- lenk- lösch- mahn- pfänd- räum- reinig- richt- rück- ruf- sammel- schieb-
schneid- schütz- sende- sitz- sperr- spreng- streu- tausch- teil- trenn- wahl- web-
wechsel- weich- zähl- zeig- zieh- zünd- bau- nah- erst- zweit- dritt- mehr- mindest- höchst-
haupt- neben- ober- sonder- sammel- gesamt- einzel- vorder- hinter- innen- außen- ganz- halb- grund- bundes-
landes- stadt- kreis- gemeinde-
länder- ärzte- gäste- städte- häuser- kräfte- völker- männer- frauen- kinder- bücher- gelder- güter- wörter-
alt neu jung groß klein hoch tief lang kurz breit schmal schwer leicht voll leer warm kalt frisch früh spät
frei fest sicher klar gleich richtig falsch bereit gemein eigen fremd privat öffentlich sozial kommunal
regional national international zentral digital analog elektronisch dauerhaft befristet unbefristet
pflichtig berechtigt fähig bedürftig würdig gemäß widrig mäßig wert reich arm schwach stark still krank
gesund blind taub stumm behindert ledig verheiratet geschieden verwitwet minderjährig volljährig
schriftlich mündlich persönlich förmlich amtlich gerichtlich rechtlich gesetzlich staatlich städtisch
kirchlich beruflich betrieblich ärztlich zahnärztlich finanziell materiell formell inhaltlich zeitlich
örtlich sachlich fachlich dringend wichtig zulässig unzulässig zuständig unzuständig wirksam unwirksam
nichtig rechtswidrig rechtmäßig fehlerhaft mangelhaft ernsthaft zweifelhaft vorteilhaft glaubhaft
nachhaltig wohnhaft sesshaft dauernd laufend vorläufig endgültig bestandskräftig vollziehbar vollstreckbar
anfechtbar zumutbar unzumutbar erreichbar verfügbar barrierefrei kostenlos
schul- sprach- miet- grenz- straf- sach- farb- kirch- reis- hilfs- frag- klag- sonn- stell- pfleg-
ehe- buß- rücksicht feststellen sicherstellen freistellen bereitstellen klarstellen gleichstellen
statistisch vollstrecker hinterbliebene vertriebene vorsorge transaktion mitbestimmung abgleich
vermittler hinterziehung impf- durchführung unterrichtung infrastruktur kombination durchmesser
übereinstimmung veranstalter nießbrauch missbrauch begutachtung unternehmer unternehmen voraussetzung
allgemeinheit liegenschaft teilweise zahlreich stillstand richtigstellung bereitstellung
rot grün blau gelb schwarz weiß grau braun bunt
`;
