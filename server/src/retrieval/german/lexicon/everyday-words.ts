/** General nouns: places, buildings, traffic, environment, objects, time, communication, IT. */
export const EVERYDAY_WORDS = `
abend abschnitt adresse akku anlage anschluss anzug apotheke apparat arbeit art auto autobahn bach bad bahn
bahnhof balkon band bank bau baum becken beet behälter berg besen bett bevölkerung bezirk bild bildschirm
biotop blatt blick blume boden bogen boot brand brief brücke brunnen buch bühne bund bürger bürgersteig büro
bus dach damm datei daten decke deich denkmal dienst dorf draht druck drucker dünger ecke ei eigentum
eigentümer eimer einfahrt eingang energie ente erde ereignis ernte fabrik fach fahrbahn fahrer fahrerin fahrrad
fahrt fahrzeug fall farbe fassade feld fenster ferien fernseher feuer feuerwehr film firma fisch fläche flasche
fleisch fluss flur flug flughafen form foto frieden friedhof frucht frühling führer funk garage garten gas gasse
gebäude gebiet gebirge gefahr gegend gelände gelegenheit gemälde gemüse gerät geräusch geschäft geschoss
gesicht gewässer gift glas gleis glocke graben gras grenze grund grundstück gruppe gully gut hafen halle hals
hand handy hang haus heft heizung herbst himmel hitze hof höhe holz hotel hügel hund hütte insel
internet jagd jahr jahrhundert kabel kaffee kamera kanal kante kapelle karte kasten katze keller
kette kfz kiosk kiste klima knoten koffer kohle kopf kopie körper kraft kreis kreuzung küche kühlschrank kultur
kunst küste labor ladung lage lager lampe land landschaft lärm last laub lauf leben lehm leiter licht liste
loch luft mahlzeit markt maschine mast material mauer meer menge messe metall miete minute mittag mittel möbel
monat mond moor morgen motor müll museum musik nachbar nachbarin nacht nahrung name natur nebel netz norden
not nummer ofen öl ort osten paket palast papier park pass pfad pferd pflanze pflaster platz portal post
preis programm projekt pumpe quelle rad rand rasen rathaus raum region regen reise rest rohr rolle ruhe
saal sache saison salz sand schacht schaden schalter schein schiene schiff schild schirm schlüssel schloss
schnee schrank schrift schule schwimmbad see seite sekunde sender sicht siedlung signal sitz sommer sonne
sonntag speicher spiegel spiel spielplatz sprache stadion stadt stahl stall stamm station staub stein stelle
stern steuer stockwerk stoff strand strasse straße strecke strom stück stufe stuhl stunde sturm süden sumpf
system tafel tag tal tank tasche taste technik teich teil telefon teller termin text theater tier tisch
ton tonne tor tour treppe tunnel tür turm uhr umgebung umwelt ufer unfall unterführung urlaub verkehr viertel
vogel volk wagen wahl wald wand wanderung ware wärme wasser weg welt werk werkstatt westen wetter wiese wind
winter woche wochenende wohnung wort wunsch zahl zaun zeichen zeit zeitung zelle zelt zentrum ziel zimmer zone
zugang zustand
abfahrt ampel anhänger ankunft bürgersteig einbahnstraße fußgänger geschwindigkeit
halt haltestelle kennzeichen lkw linie maut navigation pkw schranke
stau taxi tempo umleitung zebrastreifen
app browser chip code computer cookie cloud digitalisierung download drucker email konto laptop link
login netzwerk online passwort plattform portal server software speicherung tablet upload verschlüsselung
website
anruf brief fax kontakt mail nachricht post rückruf rundschreiben
schreiben sendung telefax zustellung
abwasser biotop emission energie gewässer immission lärm
luftreinhaltung ökologie schadstoff strahlung
`;
