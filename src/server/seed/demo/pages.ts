import type { DemoPage } from './types.js'

export const demoPages: DemoPage[] = [
  {
    slug: 'over-ons',
    title: 'Over ons',
    standfirst: 'Newsdesk is een onafhankelijke nieuwsredactie over crypto, blockchain, technologie en economie.',
    body: `Newsdesk brengt dagelijks nieuws, achtergronden en uitleg over bitcoin, Ethereum, blockchain, kunstmatige intelligentie en de economie. We schrijven voor iedereen die wil begrijpen wat er gebeurt, van beginnende belegger tot professional. Onze redactie werkt vanuit Amsterdam, met een correspondent in Gent.

## Onafhankelijk

Newsdesk is onafhankelijk. Geen enkele cryptobeurs, bank of techbedrijf heeft zeggenschap over wat wij publiceren. Adverteerders hebben geen invloed op onze berichtgeving. Gesponsorde artikelen zijn altijd duidelijk gelabeld als *Gesponsord* en worden niet door de redactie geschreven.

Redacteuren bezitten soms zelf crypto. Wie dat doet, meldt dat bij de hoofdredactie en schrijft niet over munten of bedrijven waarin hij of zij een belang heeft dat die onafhankelijkheid in gevaar kan brengen. We geven geen beleggingsadvies.

## De redactie

- **Marieke van den Berg**, hoofdredacteur, schrijft over economie en rente.
- **Daan Hoekstra** volgt bitcoin en de cryptomarkten.
- **Fatima El Amrani** schrijft over Ethereum, DeFi en NFT’s.
- **Joris Verbeek** volgt regelgeving, MiCA en het toezicht door DNB en de AFM.
- **Priya Ramdin** schrijft over AI, chips en de techsector.
- **Wouter Claes** is onze Vlaamse correspondent.

## Correcties

We doen ons best om foutloos te werken, maar ook wij maken fouten. Als we een fout maken, herstellen we die zo snel mogelijk. Bij inhoudelijke correcties vermelden we onder het artikel wat er is aangepast en wanneer. Kleine taal- en typefouten herstellen we zonder vermelding.

Zie je een fout of heb je een tip? Mail de redactie via redactie@newsdesk.example. De hoofdredacteur beoordeelt alle verzoeken om correctie en reageert binnen twee werkdagen.`
  },
  {
    slug: 'adverteren',
    title: 'Adverteren',
    standfirst: 'Bereik een betrokken publiek van beleggers, ondernemers en techliefhebbers.',
    body: `Newsdesk wordt gelezen door een breed publiek dat geïnteresseerd is in crypto, technologie en economie. Adverteren op Newsdesk kan op verschillende manieren. Alle advertenties worden door onszelf uitgeleverd, zonder trackers of advertentienetwerken van derden.

## Advertentieformaten

We bieden de volgende standaardformaten aan:

- **Leaderboard (728x90)**: een brede banner bovenaan de pagina, zichtbaar op alle pagina’s.
- **Rectangle (300x250)**: een banner naast of tussen de artikelen, op desktop en mobiel.
- **Gesponsord artikel**: een artikel over een onderwerp naar keuze, geschreven door of in overleg met de adverteerder.

Campagnes kunnen worden ingezet op de hele site of op specifieke rubrieken, zoals Bitcoin, Regulering of AI.

## Gesponsorde artikelen

Gesponsorde artikelen zijn altijd duidelijk herkenbaar. Ze dragen het label **Gesponsord** en vermelden de naam van de sponsor. De redactie schrijft deze artikelen niet en is er niet verantwoordelijk voor. We behouden ons het recht voor om inhoud te weigeren die misleidend is, onrealistische rendementen belooft of in strijd is met de wet.

Aanbieders van cryptodiensten kunnen alleen adverteren als zij beschikken over de vereiste vergunning in de Europese Unie.

## Wat wij meten

Adverteerders ontvangen na afloop van een campagne een rapport met het aantal vertoningen en kliks. We meten dat zonder cookies en zonder persoonlijke gegevens van lezers op te slaan. Profielen van lezers maken of verkopen we niet.

## Contact

Wil je adverteren of een voorstel ontvangen? Neem contact op via adverteren@newsdesk.example. We sturen je graag ons mediapakket met tarieven en beschikbaarheid.`
  },
  {
    slug: 'privacy',
    title: 'Privacy',
    standfirst: 'We willen weten hoeveel mensen onze artikelen lezen, niet wie je bent.',
    body: `Hoe vaak onze artikelen gelezen worden, tellen we zonder cookies, en we bewaren alleen totalen. Hieronder lees je precies wat er gebeurt als je een artikel opent, wat we bewaren en wat niet.

## Wat er gebeurt als je een artikel leest

Op artikelpagina’s staat een klein script dat van onze eigen site komt. Het stuurt één keer per paginabezoek een kort bericht naar onze server, met drie gegevens:

- het nummer van het artikel;
- het adres van de pagina op onze site, zonder wat er na een vraagteken staat;
- de naam van de website waar je vandaan kwam, zoals www.google.com, als je via een andere site binnenkwam. Het volledige adres van die pagina en eventuele zoekwoorden sturen we niet mee.

Een pagina die je browser alvast op de achtergrond klaarzet, telt pas als je hem echt te zien krijgt. Een artikel dat je in een tabblad opent maar nooit bekijkt, telt niet mee. Kom je met de terugknop opnieuw op een artikel, dan telt dat als een nieuwe keer lezen.

## Wat onze server even gebruikt en niet bewaart

Zoals bij elk bezoek aan een website ontvangt onze server ook je IP-adres en de naam en versie van je browser (de user agent). Die gebruiken we alleen in het werkgeheugen van de server, rond het moment van je bezoek. We schrijven ze nergens weg, niet in de database en niet in logbestanden.

- We herkennen er zoekmachines en andere robots aan, zodat die niet meetellen.
- We beperken er misbruik mee: per IP-adres houdt de server in het geheugen bij hoeveel berichten er binnen één minuut binnenkomen. Na die minuut is die telling weg.
- We tellen er hoeveel verschillende lezers een artikel per dag heeft. Daarvoor maakt de server van je IP-adres, je browser en het artikel een onomkeerbare code (een HMAC) met een geheime sleutel die alleen in het geheugen bestaat. Om middernacht Nederlandse tijd komt er een nieuwe sleutel en verdwijnen de oude sleutel en alle codes van die dag. Omdat de sleutel nooit wordt opgeslagen, kan niemand, ook wij niet, die codes achteraf terugrekenen of aan elkaar koppelen.

## Wat we wel bewaren

We bewaren alleen aantallen:

- per artikel hoe vaak het per uur gelezen is, en door hoeveel verschillende lezers, zeven dagen lang;
- daarna dezelfde aantallen per dag;
- per dag hoe vaak lezers via een andere website binnenkwamen, per website.

Daarin staan geen IP-adressen, browsergegevens, codes of tijdstippen van afzonderlijke bezoeken. De cijfers zeggen iets over artikelen, niet over jou.

## Geen cookies, niets op je apparaat

Het telscript plaatst geen cookies en bewaart niets in je browser, ook niet in local storage. Het probeert je apparaat ook niet te herkennen aan kenmerken als schermgrootte, lettertypen of taalinstellingen.

## Do Not Track en Global Privacy Control

Staat Do Not Track of Global Privacy Control aan in je browser, dan stuurt het script helemaal niets en wordt je bezoek niet geteld.

## Advertenties

Advertenties verkopen we zelf en leveren we zelf uit. Welke advertentie je ziet, kiest onze server op basis van de pagina: het soort pagina, de onderwerpen en het tijdstip. Niet op basis van wie je bent of wat je eerder las. Voor telefoon en computer is er elk een eigen advertentie; de opmaak van de pagina toont de versie die op je scherm past.

Op pagina’s met een advertentie staat een klein script van onze eigen site. Dat telt per advertentie of die getoond is en of die minstens een seconde voor de helft in beeld was. Het stuurt daarvoor alleen een code die de advertentie en de plek aanduidt. Klik je op een advertentie, dan ga je via onze eigen site naar de adverteerder; zo tellen we de klik. We bewaren alleen aantallen per advertentie per uur. Er worden geen cookies geplaatst, we onthouden niet hoe vaak jij een advertentie zag, en adverteerders krijgen alleen die totalen.

## Geen derden

Op Newsdesk staan geen scripts van advertentienetwerken, sociale media of analysebedrijven. Advertenties leveren we zelf uit, niet via advertentienetwerken. We delen niets over jouw bezoek met andere partijen.

## Berichten van X

Berichten van X tonen we als een eenvoudige kaart met de tekst van het bericht, die op onze eigen site staat. Er wordt daarbij niets van X geladen. Pas als je doorklikt naar X, kan X gegevens over je verwerken. Daarvoor geldt het privacybeleid van X.

## Waarom je geen cookiemelding ziet

Voor het opslaan of uitlezen van gegevens op je apparaat is toestemming nodig, tenzij dat strikt nodig is om de dienst te leveren waar je om vraagt. Dat staat in artikel 5, lid 3 van de Europese ePrivacyrichtlijn, in Nederland overgenomen in artikel 11.7a van de Telecommunicatiewet. Wij slaan niets op je apparaat op en lezen er niets uit behalve wat de pagina zelf van je browser krijgt. Voor zover het tellen toch onder die regel valt, maakt de Telecommunicatiewet een uitzondering voor het meten van het gebruik van een website als dat weinig of geen gevolgen heeft voor je privacy. Ook de Autoriteit Persoonsgegevens legt uit dat voor privacyvriendelijk meten geen toestemming nodig is.

Voor de Algemene verordening gegevensbescherming (AVG) geldt: je IP-adres en browsergegevens zijn persoonsgegevens, maar we gebruiken ze alleen op het moment van je bezoek, om de site te beschermen en om te tellen, en we bewaren ze niet. Wat we bewaren zijn totalen die niet tot personen te herleiden zijn.

## Accounts van medewerkers

Voor redacteuren en medewerkers die inloggen, bewaren we de gegevens die nodig zijn voor hun account, zoals naam en e-mailadres. Zij krijgen een functionele cookie die alleen dient om ingelogd te blijven. Lezers krijgen geen cookies.

## Je rechten onder de AVG

Je hebt onder meer het recht om je gegevens in te zien, te laten corrigeren of te laten verwijderen, en om bezwaar te maken tegen de verwerking. Omdat we van lezers niets bewaren dat naar hen te herleiden is, zullen we in de meeste gevallen niets over jou hebben.

Heb je een vraag of verzoek? Neem contact op via privacy@newsdesk.example. Je kunt ook altijd een klacht indienen bij de Autoriteit Persoonsgegevens.`
  }
]
