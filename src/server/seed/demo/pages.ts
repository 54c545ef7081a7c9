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
    body: `Newsdesk gaat zorgvuldig om met je privacy. We verzamelen zo weinig mogelijk gegevens en gebruiken ze alleen om onze site en journalistiek te verbeteren. Op deze pagina lees je wat we wel en niet doen.

## Bezoekcijfers zonder cookies

We tellen hoe vaak pagina’s worden bekeken, zodat we weten welke artikelen gelezen worden. Dat doen we zonder cookies. We slaan daarbij geen IP-adressen en geen user agents op, en we maken geen profielen van bezoekers. De cijfers zijn alleen in totalen beschikbaar en zijn niet te herleiden tot personen.

## Geen tracking door derden

Op Newsdesk staan geen trackers van advertentienetwerken, sociale media of analysebedrijven. Advertenties worden door onszelf uitgeleverd. Er wordt niets over jouw bezoek gedeeld met andere partijen.

## Ingesloten berichten van X

Sommige artikelen bevatten berichten van X. Die laden we niet automatisch. Je ziet eerst een eenvoudige weergave van het bericht. Pas als je erop klikt, wordt de inhoud van X geladen en kan X gegevens over je bezoek verwerken. Daarvoor geldt dan het privacybeleid van X.

## Accounts van medewerkers

Voor redacteuren en medewerkers die inloggen, bewaren we de gegevens die nodig zijn voor het account, zoals naam en e-mailadres. Daarvoor gebruiken we een functionele cookie die alleen dient om ingelogd te blijven.

## Je rechten onder de AVG

Op grond van de Algemene verordening gegevensbescherming (AVG) heb je onder meer het recht om je gegevens in te zien, te laten corrigeren of te laten verwijderen. Ook kun je bezwaar maken tegen de verwerking. Omdat we van gewone bezoekers geen persoonsgegevens opslaan, zal er in de meeste gevallen niets over jou bij ons bekend zijn.

Heb je een vraag of verzoek? Neem contact op via privacy@newsdesk.example. Je hebt daarnaast altijd het recht om een klacht in te dienen bij de Autoriteit Persoonsgegevens.`
  }
]
