import type { DemoArticle } from './types.js'

export const demoArticles1: DemoArticle[] = [
  {
    title: 'Bitcoin zakt binnen een uur ruim 6 procent na golf van liquidaties',
    standfirst: 'De koers dook kort onder de 81.000 euro. Op derivatenbeurzen werden in korte tijd honderden miljoenen aan hefboomposities gesloten.',
    tags: ['bitcoin', 'altcoins'],
    authors: ['daan-hoekstra'],
    hoursAgo: 1,
    updatedHoursAfter: 1,
    featured: true,
    breaking: true,
    image: {
      motif: 'chart-down',
      alt: 'Abstracte illustratie van een steil dalende rode koerslijn op een donkere achtergrond',
      caption: 'De bitcoinkoers viel in korte tijd hard terug.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `De bitcoinkoers is in het afgelopen uur hard onderuitgegaan. Rond het middaguur noteerde de grootste cryptomunt nog ruim 86.500 euro, kort daarna werd even minder dan 81.000 euro betaald. Dat is een daling van ruim 6 procent, de grootste beweging binnen een uur sinds het voorjaar.

## Kettingreactie op derivatenbeurzen

Volgens handelaren begon de val met een grote verkooporder op een Aziatische beurs, waarna automatische liquidaties het werk deden. Beleggers die met geleend geld op een verdere stijging hadden gegokt, zagen hun posities gedwongen gesloten worden. Dat zette de koers nog verder onder druk.

Schattingen van dataplatforms lopen uiteen, maar wereldwijd zou in een uur tijd meer dan 600 miljoen dollar aan hefboomposities zijn geliquideerd. Het overgrote deel daarvan betrof zogeheten longposities.

::x https://x.com/kanaalcapital/status/1861234567890123456 | Kanaal Capital | @kanaalcapital | Flinke flush in de futuresmarkt. Open interest daalt hard, spotvolume blijft opvallend rustig. We houden 80k in de gaten. | 2026-11-26

## Altcoins harder geraakt

Zoals vaker bij dit soort bewegingen verloren altcoins nog meer terrein. Ether zakte bijna 8 procent, kleinere munten gingen soms met dubbele cijfers omlaag.

- Bitcoin: -6,4 procent
- Ether: -7,9 procent
- Solana: -10,2 procent
- Totale cryptomarkt: circa -7 procent

> Dit lijkt vooral een schoonmaak van te veel hefboom, niet een fundamentele omslag. Maar zolang het stof niet is neergedaald, zou ik voorzichtig zijn.
> — Femke Rutgers, hoofd research bij Kanaal Capital

Een nieuwsfeit dat de daling verklaart, ontbreekt vooralsnog. De redactie volgt de ontwikkelingen en werkt dit bericht bij.

**Update:** inmiddels is de koers licht hersteld tot rond 82.500 euro. Het handelsvolume op de grote Europese beurzen ligt nog altijd ruim twee keer zo hoog als normaal op dit tijdstip.`
  },
  {
    title: 'Groningse start-up Noordlicht AI presenteert taalmodel dat lokaal op laptops draait',
    standfirst: 'Het bedrijf belooft een Nederlandstalig model dat zonder internetverbinding werkt. Privacy is het belangrijkste verkoopargument.',
    tags: ['ai', 'tech'],
    authors: ['priya-ramdin'],
    hoursAgo: 3,
    image: {
      motif: 'chip',
      alt: 'Geïllustreerde computerchip met lichtgevende banen in blauw en paars',
      caption: 'Het model van Noordlicht AI moet op een gewone laptop draaien.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Het Groningse AI-bedrijf Noordlicht AI heeft een taalmodel gepresenteerd dat volledig op een gewone laptop kan draaien. Het model, dat de naam *Wadden-7* meekrijgt, is getraind op een grote hoeveelheid Nederlandstalige teksten en moet vooral goed zijn in samenvatten, vertalen en het opstellen van zakelijke documenten.

## Geen data naar de cloud

Volgens het bedrijf is het grootste voordeel dat gegevens het apparaat van de gebruiker niet verlaten. Dat maakt het model interessant voor organisaties die met gevoelige informatie werken, zoals advocatenkantoren, gemeenten en zorginstellingen.

> Veel organisaties willen wel met AI werken, maar durven hun documenten niet naar een server in het buitenland te sturen. Wij halen die drempel weg.
> — Jelmer Hoogeveen, medeoprichter van Noordlicht AI

Het model telt zo’n zeven miljard parameters, een fractie van de omvang van de grootste commerciële modellen. Door compressietechnieken past het in het werkgeheugen van een recente laptop met 16 gigabyte RAM.

## Kanttekeningen

Onafhankelijke experts zijn voorzichtig positief. Kleinere modellen presteren doorgaans goed op afgebakende taken, maar lopen tegen grenzen aan bij complexe redeneringen of vragen over actuele gebeurtenissen. Ook de snelheid hangt sterk af van de hardware: op oudere machines kan het genereren van een antwoord tientallen seconden duren.

Noordlicht AI wil het model in eerste instantie aanbieden aan zakelijke klanten via een jaarlicentie. Een gratis versie voor particulieren en onderzoekers moet begin volgend jaar volgen. Het bedrijf haalde eerder dit jaar 9 miljoen euro op bij een groep investeerders onder leiding van Eemsmond Ventures.

Meer technische details staan in de [aankondiging van het bedrijf](https://example.org/noordlicht-ai/wadden-7).`
  },
  {
    title: 'AFM waarschuwt voor nepplatforms die zich voordoen als MiCA-vergunninghouder',
    standfirst: 'Oplichters gebruiken vervalste vergunningsnummers en logo’s van toezichthouders om beleggers te overtuigen. De AFM roept op altijd zelf het register te controleren.',
    tags: ['regulering'],
    authors: ['joris-verbeek'],
    hoursAgo: 5,
    image: {
      motif: 'law',
      alt: 'Illustratie van een weegschaal met daaronder een digitaal schild',
      caption: 'De AFM ziet een toename van meldingen over nepplatforms.',
      credit: 'Illustratie: Newsdesk'
    },
    seo: {
      title: 'AFM waarschuwt voor nepplatforms met valse MiCA-vergunning',
      description: 'Oplichters gebruiken vervalste vergunningsnummers om cryptobeleggers te misleiden. Zo controleert u of een platform echt een vergunning heeft.'
    },
    body: `De Autoriteit Financiële Markten (AFM) waarschuwt beleggers voor websites en apps die ten onrechte beweren een vergunning te hebben onder de Europese MiCA-verordening. De toezichthouder ontving de afgelopen maanden een duidelijke stijging van het aantal meldingen over zulke platforms.

## Vervalste nummers en nagemaakte logo’s

De nepplatforms zien er vaak professioneel uit. Ze tonen een vergunningsnummer, het logo van een toezichthouder en soms zelfs een nagemaakte brief. In werkelijkheid komen de gegevens niet voor in het openbare register, of horen ze bij een ander, wel legitiem bedrijf.

> Een mooi vormgegeven website zegt niets over betrouwbaarheid. Controleer altijd zelf of een partij in ons register staat, en klik niet op de link die de aanbieder je stuurt.
> — woordvoerder van de AFM

## Zo herkent u een nepplatform

De AFM noemt een aantal signalen die op oplichting kunnen wijzen:

- U wordt ongevraagd benaderd via sociale media, telefoon of een datingapp.
- Er worden gegarandeerde of uitzonderlijk hoge rendementen beloofd.
- U moet geld overmaken naar een privérekening of een onbekend walletadres.
- Bij opnames worden plotseling extra kosten of belastingen in rekening gebracht.
- De vergunning is alleen te zien op de site van de aanbieder zelf.

Wie twijfelt, kan het register van de AFM raadplegen of contact opnemen met het meldpunt van de toezichthouder. Slachtoffers wordt aangeraden aangifte te doen bij de politie en hun bank direct in te lichten.

Onder MiCA moeten cryptodienstverleners in de hele Europese Unie een vergunning hebben. Dat maakt het voor consumenten in principe eenvoudiger om te zien wie wel en wie niet is toegestaan. Oplichters maken juist misbruik van die bekendheid door te verwijzen naar een vergunning die er niet is. Eerder stelde de redactie een [overzicht van veelvoorkomende beleggingsfraude](https://example.nl/newsdesk/beleggingsfraude) samen.`
  },
  {
    title: 'Ethereum-ontwikkelaars leggen datum vast voor test van volgende netwerkupgrade',
    standfirst: 'De upgrade moet de kosten voor layer-2-netwerken verder omlaag brengen. Eerst volgt een proefperiode van enkele weken op een testnetwerk.',
    tags: ['ethereum', 'defi'],
    authors: ['fatima-el-amrani'],
    hoursAgo: 8,
    image: {
      motif: 'ethereum',
      alt: 'Geïllustreerd ethereumsymbool in paarse en blauwe tinten met zwevende blokken',
      caption: 'De upgrade wordt eerst uitgebreid getest.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `De kernontwikkelaars van Ethereum hebben tijdens hun tweewekelijkse overleg een datum vastgelegd voor de eerste test van de volgende netwerkupgrade. Over ongeveer drie weken wordt de nieuwe software geactiveerd op een openbaar testnetwerk. Als daar geen grote problemen opduiken, volgt een tweede test en daarna pas de echte lancering.

## Meer ruimte voor layer 2

De kern van de upgrade is een uitbreiding van de ruimte voor zogeheten blobs: pakketjes data die layer-2-netwerken gebruiken om hun transacties op Ethereum vast te leggen. Meer ruimte betekent in theorie lagere kosten voor gebruikers van die netwerken.

### Wat verandert er nog meer?

Naast de blobcapaciteit bevat de upgrade enkele kleinere aanpassingen:

1. Een efficiëntere manier waarop nodes gegevens met elkaar uitwisselen.
2. Aanpassingen in de gasprijzen van een aantal zelden gebruikte bewerkingen.
3. Verbeteringen voor validators die hun inzet willen wijzigen.

## Voorzichtige planning

Ontwikkelaars benadrukken dat de datum voor de lancering op het hoofdnetwerk nog niet vaststaat. Bij eerdere upgrades liep de planning regelmatig enkele weken uit omdat er op testnetwerken fouten werden gevonden.

> We willen liever een maand later live gaan dan iets uitrollen waar we niet volledig zeker van zijn. Het netwerk beheert te veel waarde om risico’s te nemen.
> — Ruben Schaap, ontwikkelaar bij clientteam Vlieland Labs

Voor gewone gebruikers van Ethereum verandert er in eerste instantie weinig. Wie ether op een beurs of in een eigen wallet heeft, hoeft niets te doen. Node-operators en stakers moeten hun software wel tijdig bijwerken.

Op DeFi-platforms wordt met belangstelling naar de upgrade gekeken. Lagere kosten op layer 2 maken kleinere transacties weer rendabel, wat volgens protocollen nieuwe gebruikers kan aantrekken.`
  },
  {
    title: 'Inflatie in eurozone daalt licht, ECB houdt deur op kier voor renteverlaging',
    standfirst: 'De prijsstijging kwam in november uit op 2,1 procent. Economen verwachten dat de ECB pas in het voorjaar een nieuwe stap zet.',
    tags: ['economie'],
    authors: ['marieke-van-den-berg'],
    hoursAgo: 11,
    image: {
      motif: 'bank',
      alt: 'Illustratie van een klassiek bankgebouw met zuilen en een eurosymbool',
      caption: 'De ECB volgt de inflatiecijfers op de voet.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `De inflatie in de eurozone is in november licht gedaald. Volgens een eerste raming kwam de prijsstijging uit op 2,1 procent, tegen 2,3 procent een maand eerder. Daarmee komt het doel van de Europese Centrale Bank van 2 procent opnieuw in zicht.

## Energie drukt het cijfer

De daling komt vooral door lagere energieprijzen. Diensten werden juist iets duurder dan in oktober, wat economen zien als een teken dat de onderliggende inflatie nog niet helemaal is bedwongen. De kerninflatie, zonder energie en voedsel, bleef hangen op 2,4 procent.

> De richting is goed, maar de ECB wil zeker weten dat de dienstenprijzen niet blijven oplopen. Ik verwacht geen verlaging voor het voorjaar.
> — Hanneke Bosman, hoofdeconoom bij Kanaal Capital

Verschillende beleidsmakers van de ECB lieten de afgelopen weken doorschemeren dat een nieuwe renteverlaging niet is uitgesloten. Zij wijzen op de zwakke groei in een aantal grote lidstaten en de onzekerheid over de internationale handel.

## Nederland boven gemiddelde

In Nederland ligt de inflatie nog altijd hoger dan het eurozonegemiddelde. Dat komt onder meer door hogere huren en loonstijgingen die worden doorberekend in de prijzen van diensten. Volgens de Europese geharmoniseerde meetmethode kwam de Nederlandse inflatie uit op 2,9 procent.

Voor spaarders en huizenkopers is de rente van de ECB belangrijk. Banken passen hun spaar- en hypotheekrentes vaak aan na een besluit in Frankfurt. Voor cryptobeleggers speelt het rentebeleid eveneens een rol: lagere rentes maken risicovollere beleggingen doorgaans aantrekkelijker.

De volgende rentevergadering van de ECB staat gepland voor half december. Tegen die tijd publiceert de centrale bank ook nieuwe economische prognoses.`
  },
  {
    title: 'Spot-bitcoin-ETF’s in de Verenigde Staten zien vierde handelsdag op rij uitstroom',
    standfirst: 'Beleggers haalden in vier dagen ruim 1,4 miljard dollar weg uit de fondsen. Analisten zien vooral winstnemingen na een sterke eerste helft van november.',
    tags: ['bitcoin'],
    authors: ['daan-hoekstra'],
    hoursAgo: 14,
    image: {
      motif: 'bitcoin',
      alt: 'Oranje bitcoinmunt boven een reeks staafdiagrammen in gedempte kleuren',
      caption: 'De ETF-stromen zijn een belangrijke graadmeter voor institutionele interesse.',
      credit: 'Beeld: redactie'
    },
    seo: {
      title: 'Bitcoin-ETF’s zien vierde dag op rij uitstroom',
      description: 'Beleggers haalden in vier dagen ruim 1,4 miljard dollar weg uit Amerikaanse spot-bitcoin-ETF’s. Wat betekent dat voor de koers?'
    },
    body: `De Amerikaanse spot-bitcoin-ETF’s hebben de vierde handelsdag op rij uitstroom gezien. Sinds vorige week vrijdag haalden beleggers per saldo ruim 1,4 miljard dollar weg uit de fondsen, blijkt uit cijfers die dataplatform Ketenmeter verzamelde.

## Winstnemingen na sterke periode

De uitstroom volgt op een periode waarin juist veel geld de fondsen in stroomde. In de eerste helft van november kwam er nog bijna 5 miljard dollar bij. Volgens analisten nemen vooral hedgefondsen en vermogensbeheerders nu winst.

De uitstroom per dag:

- Vrijdag: 212 miljoen dollar
- Maandag: 388 miljoen dollar
- Dinsdag: 451 miljoen dollar
- Woensdag: 367 miljoen dollar

Niet alle fondsen zagen geld vertrekken. Twee kleinere aanbieders kregen er per saldo zelfs iets bij, vermoedelijk door hun lagere kosten.

## Koers reageert gematigd

Opvallend is dat de bitcoinkoers tot nu toe relatief rustig reageert op de uitstroom. De koers daalde deze week ongeveer 3 procent, een stuk minder dan sommige handelaren hadden verwacht.

> De ETF’s zijn een belangrijke bron van vraag geworden, maar het is niet de enige. We zien tegelijkertijd dat langetermijnhouders juist bijkopen.
> — Bram Kuiper, analist bij Dijkstra Digital Assets

Het totale vermogen in de Amerikaanse spot-ETF’s ligt nog altijd ruim boven de 100 miljard dollar. In Europa bestaan vergelijkbare producten in de vorm van exchange traded notes, maar de bedragen zijn daar aanzienlijk kleiner.

Handelaren houden de komende dagen vooral de stromen van de grootste fondsen in de gaten. Een omslag naar instroom zou volgens analisten een signaal zijn dat de correctie voorbij is.`
  },
  {
    title: 'Eindhovense chipmachinebouwer Lithora opent testlab voor zuinige AI-chips',
    standfirst: 'In het nieuwe lab kunnen chipontwerpers hun prototypes laten testen op energieverbruik. Het bedrijf investeert 40 miljoen euro.',
    tags: ['tech', 'ai'],
    authors: ['priya-ramdin'],
    hoursAgo: 18,
    image: {
      motif: 'chip',
      alt: 'Close-up illustratie van een siliciumwafer met een raster van chips',
      caption: 'Lithora wil chipontwerpers helpen het energieverbruik te verlagen.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Lithora, een bouwer van meet- en testapparatuur voor de chipindustrie, opent op de Brainport-campus in Eindhoven een nieuw laboratorium. Daar kunnen chipontwerpers hun prototypes testen op snelheid en vooral op energieverbruik. Het bedrijf investeert ruim 40 miljoen euro in de faciliteit.

## Stroomverbruik als knelpunt

De vraag naar rekenkracht voor kunstmatige intelligentie groeit snel. Datacenters slokken steeds meer elektriciteit op, en in Nederland is het stroomnet op veel plekken al vol. Zuinigere chips worden daardoor steeds belangrijker.

::image chip | In het lab worden prototypes doorgemeten op rekenkracht per watt. | Illustratie: Newsdesk

> Tot nu toe keek iedereen naar snelheid. Nu is de vraag: hoeveel rekenwerk krijg je voor elke watt? Dat willen wij zo precies mogelijk meten.
> — Anouk de Graaf, technisch directeur van Lithora

Het lab wordt uitgerust met klimaatkamers waarin chips onder verschillende temperaturen worden getest. Ook komen er opstellingen om te meten hoe chips zich gedragen bij langdurige, zware belasting, zoals bij het trainen van AI-modellen.

## Banen en samenwerking

Lithora verwacht in het lab zo’n zestig mensen aan het werk te hebben, voornamelijk ingenieurs en technici. Het bedrijf werkt samen met een aantal Europese chipontwerpers, die het lab als eerste mogen gebruiken.

Volgens de regionale ontwikkelingsmaatschappij past de investering in de ambitie om de regio een grotere rol te laten spelen in de Europese chipketen. Wel blijft het vinden van voldoende technisch personeel een uitdaging. Lithora heeft naar eigen zeggen nog ruim twintig vacatures openstaan.

Het lab moet in het tweede kwartaal van volgend jaar volledig operationeel zijn.`
  },
  {
    title: 'Antwerpse expediteurs testen blockchain voor digitale vrachtbrieven',
    standfirst: 'Een consortium van logistieke bedrijven wil papieren documenten vervangen door een gedeeld digitaal register. De eerste containers zijn al verscheept.',
    tags: ['blockchain', 'tech'],
    authors: ['wouter-claes'],
    hoursAgo: 22,
    image: {
      motif: 'chain',
      alt: 'Illustratie van geschakelde blokken die als containers op een kade zijn gestapeld',
      caption: 'Het consortium wil de papierwinkel in de haven verkleinen.',
      credit: 'Beeld: redactie'
    },
    body: `Een groep Antwerpse expediteurs en rederijagenten test een blockchainsysteem voor digitale vrachtbrieven. Het consortium, dat de naam Scheldelink draagt, heeft inmiddels de eerste containers verscheept waarbij geen enkel papieren document meer aan te pas kwam.

## Van papier naar register

De vrachtbrief, ook wel cognossement genoemd, is een van de belangrijkste documenten in de scheepvaart. Wie het origineel bezit, is eigenaar van de lading. Nog altijd worden die documenten vaak per koerier de wereld over gestuurd, wat tijd kost en fraude mogelijk maakt.

In het systeem van Scheldelink wordt het eigendom vastgelegd in een gedeeld register. Alleen deelnemende partijen hebben toegang, en elke overdracht wordt digitaal ondertekend.

> Een vrachtbrief die drie dagen onderweg is in een envelop, hoort niet meer bij deze tijd. Met het register gaat een overdracht in enkele minuten.
> — Lieve Van Damme, projectleider bij Scheldelink

## Juridische hobbels

Het gebruik van digitale vrachtbrieven is niet overal vanzelfsprekend. Niet in elk land is een elektronisch document juridisch gelijkwaardig aan het papieren origineel. België en Nederland hebben hun wetgeving de afgelopen jaren wel aangepast, maar in een aantal bestemmingslanden is dat nog niet gebeurd.

Daarom beperkt de proef zich voorlopig tot routes binnen Europa en naar een handvol partnerhavens. Het consortium hoopt volgend jaar uit te breiden naar meer bestemmingen.

Critici vragen zich af of een blockchain nodig is, of dat een centrale database hetzelfde zou kunnen. Volgens Scheldelink is het voordeel dat geen enkele partij het systeem alleen beheert, wat het vertrouwen tussen concurrenten vergroot. De deelnemers delen de kosten van het netwerk.`
  },
  {
    title: 'Solana en XRP winnen terrein terwijl bitcoin zijwaarts beweegt',
    standfirst: 'Een aantal grote altcoins liet de afgelopen dagen dubbele cijfers zien. Handelaren spreken van een rotatie, maar waarschuwen voor te veel optimisme.',
    tags: ['altcoins', 'bitcoin'],
    authors: ['daan-hoekstra'],
    hoursAgo: 26,
    image: {
      motif: 'coins',
      alt: 'Illustratie van een stapel gekleurde munten in verschillende formaten',
      caption: 'Altcoins lieten de afgelopen dagen sterkere bewegingen zien dan bitcoin.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Terwijl de bitcoinkoers al ruim een week rond de 86.000 euro schommelt, laten verschillende grote altcoins een sterker beeld zien. Vooral Solana en XRP trokken de afgelopen dagen de aandacht van handelaren.

## De cijfers op een rij

Over de afgelopen zeven dagen zagen de grootste munten de volgende koersbewegingen:

- Solana: +14 procent
- XRP: +11 procent
- Ether: +4 procent
- Bitcoin: +0,5 procent
- Dogecoin: -2 procent

Het aandeel van bitcoin in de totale waarde van de cryptomarkt, de zogeheten dominantie, daalde daardoor licht tot iets onder de 59 procent.

## Rotatie of tijdelijke opleving?

Volgens handelaren verschuiven sommige beleggers hun geld van bitcoin naar grotere altcoins nu de koers van bitcoin weinig beweegt. Dat patroon zag de markt in het verleden vaker, maar het leidde lang niet altijd tot een breed altcoinseizoen.

> Je ziet dat geld rouleert naar de munten met het meeste handelsvolume. Kleinere altcoins profiteren daar nauwelijks van. Het is geen feest voor de hele markt.
> — Tim Veenstra, handelaar bij Dijkstra Digital Assets

Bij Solana speelt ook mee dat het aantal transacties op het netwerk de afgelopen maand flink toenam. Dat komt onder meer door de populariteit van betaalapps en gedecentraliseerde beurzen die op het netwerk draaien.

Handelaren wijzen er wel op dat altcoins traditioneel harder dalen wanneer de bitcoinkoers onder druk komt. Wie instapt na een stijging van dubbele cijfers, loopt daardoor een groter risico op een snelle terugval.

Het handelsvolume op de grote Europese beurzen lag de afgelopen week ongeveer 20 procent hoger dan een maand eerder.`
  },
  {
    title: 'Veilig beginnen met beleggen in crypto: vijf lessen voor nieuwe investeerders',
    standfirst: 'Steeds meer Nederlanders overwegen om een deel van hun spaargeld in crypto te steken. Polderchain Exchange zet op een rij waar beginners op moeten letten.',
    tags: ['blockchain', 'bitcoin'],
    authors: ['wouter-claes'],
    hoursAgo: 30,
    sponsored: { sponsor: 'Polderchain Exchange', sponsorUrl: 'https://example.org/polderchain' },
    image: {
      motif: 'phone',
      alt: 'Illustratie van een smartphone met een eenvoudige beleggingsapp en een schild',
      caption: 'Begin klein en neem de tijd om te leren.',
      credit: 'Beeld: Polderchain Exchange'
    },
    body: `Crypto is allang geen niche meer. Toch blijft de stap om voor het eerst te beleggen voor veel mensen spannend. Terecht, want koersen kunnen hard schommelen. Met een paar eenvoudige gewoontes kunt u de risico’s wel beter beheersen.

## 1. Beleg alleen geld dat u kunt missen

Dit klinkt als een open deur, maar het is de belangrijkste les. Gebruik nooit geld dat u nodig hebt voor vaste lasten of een buffer voor onverwachte uitgaven. Houd er rekening mee dat de waarde van uw inleg flink kan dalen.

## 2. Kies een platform met vergunning

Controleer of een aanbieder een vergunning heeft onder de Europese MiCA-regels. Dat kan in het openbare register van de AFM. Een platform met vergunning moet zich houden aan regels voor bewaring, transparantie en klantbescherming.

## 3. Spreid uw instapmoment

Veel beginners proberen het perfecte moment te kiezen. Dat lukt zelfs professionals zelden. Door periodiek een vast bedrag in te leggen, middelt u de prijs uit.

## 4. Beveilig uw account

Een paar basisregels:

- Zet tweestapsverificatie aan met een authenticator-app.
- Gebruik een uniek, sterk wachtwoord.
- Deel nooit uw herstelzin of inlogcodes, ook niet met iemand die zegt van de helpdesk te zijn.
- Wees alert op e-mails en berichten die haast suggereren.

## 5. Blijf leren

Begrijp waarin u belegt. Lees over de technologie, de risico’s en de kosten. Op de [leeromgeving van Polderchain](https://example.org/polderchain/academy) vindt u gratis uitleg voor beginners, van wat een blockchain is tot hoe u een wallet veilig gebruikt.

*Beleggen brengt risico’s met zich mee. U kunt uw inleg verliezen. Dit artikel is geen persoonlijk beleggingsadvies.*`
  },
  {
    title: 'Leenplatform Grachtlend verhoogt onderpandseisen na onrustige week',
    standfirst: 'Gebruikers moeten voortaan meer onderpand aanhouden voor leningen in stablecoins. Het protocol wil zo voorkomen dat een koersval leidt tot een kettingreactie.',
    tags: ['defi', 'ethereum'],
    authors: ['fatima-el-amrani'],
    hoursAgo: 34,
    image: {
      motif: 'coins',
      alt: 'Illustratie van munten op een weegschaal naast een slot',
      caption: 'DeFi-leenplatforms werken met onderpand dat automatisch kan worden verkocht.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Het gedecentraliseerde leenplatform Grachtlend verhoogt de onderpandseisen voor leningen in stablecoins. De beheerders van het protocol stemden daar met een ruime meerderheid mee in, na een week waarin de koersen van ether en een aantal andere munten sterk schommelden.

## Hoe werkt het?

Op Grachtlend kunnen gebruikers crypto als onderpand storten en daartegen stablecoins lenen. Daalt de waarde van het onderpand te ver, dan wordt het automatisch verkocht om de lening af te lossen. Dat heet een liquidatie.

Tot nu toe konden gebruikers tot 80 procent van de waarde van hun ether lenen. Dat percentage gaat in stappen omlaag naar **72 procent**. Voor kleinere, volatielere munten wordt de grens nog strenger.

> Tijdens de daling van vorige week zagen we dat liquidaties elkaar versterkten. Met een grotere buffer geven we gebruikers meer ademruimte en beschermen we het protocol.
> — Sophie Mulder, risicoanalist bij het Grachtlend-collectief

## Kritiek van grote gebruikers

Niet iedereen is blij met het besluit. Een aantal grote gebruikers, die met hefboom werken, moet nu extra onderpand storten of een deel van hun lening aflossen. Zij vinden dat de verandering te snel wordt doorgevoerd.

De beheerders kozen daarom voor een overgangsperiode van twee weken, waarin de limiet geleidelijk wordt aangepast. Gebruikers krijgen een melding in de app als hun positie risico loopt.

Grachtlend beheert volgens eigen cijfers ruim 900 miljoen dollar aan onderpand, waarmee het tot de middelgrote spelers in de DeFi-sector behoort. Het platform draait op Ethereum en op twee layer-2-netwerken.`
  },
  {
    title: 'DNB: aantal cryptodienstverleners in Nederland stabiliseert onder MiCA',
    standfirst: 'Na een periode waarin partijen vertrokken of fuseerden, is het aantal aanbieders nu stabiel. De toezichthouder ziet wel meer buitenlandse spelers via een Europees paspoort.',
    tags: ['regulering', 'bitcoin'],
    authors: ['joris-verbeek'],
    hoursAgo: 39,
    image: {
      motif: 'bank',
      alt: 'Geïllustreerde gevel van een bank met een digitaal raster op de voorgrond',
      caption: 'DNB publiceerde nieuwe cijfers over de cryptosector.',
      credit: 'Beeld: redactie'
    },
    body: `Het aantal cryptodienstverleners dat vanuit Nederland actief is, lijkt zich te stabiliseren. Dat blijkt uit een nieuw overzicht van De Nederlandsche Bank (DNB) over de cryptosector. Na een periode waarin een aantal aanbieders vertrok of opging in een grotere partij, is het aantal partijen het afgelopen halfjaar nauwelijks veranderd.

## Europees paspoort

Onder de Europese MiCA-verordening kan een aanbieder met een vergunning in één lidstaat zijn diensten in de hele Europese Unie aanbieden. DNB ziet dat steeds meer buitenlandse platforms op die manier actief zijn in Nederland.

Uit het overzicht blijkt onder meer:

- Een beperkt aantal Nederlandse partijen heeft een eigen MiCA-vergunning.
- Tientallen buitenlandse aanbieders melden zich via een paspoort voor de Nederlandse markt.
- Het aantal klachten van consumenten over vergunninghouders daalde licht.
- Partijen zonder vergunning worden actiever opgespoord en aangesproken.

> Een stabiele markt betekent niet dat we achterover leunen. We blijven scherp letten op integriteit, het voorkomen van witwassen en de bescherming van klanten.
> — Marloes Dekker, afdelingshoofd integriteitstoezicht bij DNB

## Taakverdeling

In Nederland verdelen DNB en de AFM het toezicht. DNB let vooral op de integriteit van bedrijven en het tegengaan van witwassen en terrorismefinanciering. De AFM is verantwoordelijk voor de vergunningverlening onder MiCA en het gedrag van aanbieders richting klanten.

Branchevereniging Crypto Lage Landen noemt de cijfers een teken dat de sector volwassener wordt. Tegelijk wijst de vereniging op de hoge kosten die kleinere bedrijven maken om aan alle regels te voldoen. Volgens de branche verdwijnen daardoor vooral kleine, innovatieve partijen.`
  },
  {
    title: 'Europese AI-verordening: wat de transparantieplicht betekent voor Nederlandse bedrijven',
    standfirst: 'Chatbots en AI-gegenereerde beelden moeten herkenbaar zijn voor gebruikers. Veel bedrijven weten nog niet goed wat er van hen wordt verwacht.',
    tags: ['ai', 'regulering'],
    authors: ['priya-ramdin', 'joris-verbeek'],
    hoursAgo: 45,
    image: {
      motif: 'law',
      alt: 'Illustratie van een wetboek met daarop een gestileerd neuraal netwerk',
      caption: 'De AI-verordening treedt stap voor stap in werking.',
      credit: 'Illustratie: Newsdesk'
    },
    seo: {
      title: 'AI-verordening: de transparantieplicht uitgelegd',
      description: 'Chatbots en AI-beelden moeten herkenbaar zijn. Wat betekent de transparantieplicht uit de Europese AI-verordening voor Nederlandse bedrijven?'
    },
    body: `De Europese AI-verordening wordt stap voor stap van kracht. Een van de onderdelen die veel bedrijven direct raakt, is de transparantieplicht. Die moet ervoor zorgen dat mensen weten wanneer ze met een AI-systeem te maken hebben. Uit een rondgang van Newsdesk blijkt dat veel ondernemers nog niet precies weten wat er van hen verwacht wordt.

## Wat houdt de plicht in?

De regels komen in de kern op drie dingen neer:

- Gebruikers moeten weten dat ze met een chatbot praten, tenzij dat overduidelijk is.
- Beelden, audio en video die met AI zijn gemaakt of bewerkt, moeten als zodanig herkenbaar zijn.
- Teksten die met AI zijn gemaakt om het publiek over zaken van algemeen belang te informeren, moeten worden gelabeld, tenzij er menselijke redactie op heeft plaatsgevonden.

### Voor wie geldt het?

De verplichtingen gelden zowel voor bedrijven die AI-systemen ontwikkelen als voor organisaties die ze inzetten. Een webwinkel met een chatbot op de site valt er dus ook onder, net als een marketingbureau dat AI-beelden gebruikt in campagnes.

## Onzekerheid bij ondernemers

> We krijgen veel vragen van kleine bedrijven die een chatbot van een grote leverancier gebruiken. Ze denken dat de leverancier alles regelt, maar ze hebben zelf ook verantwoordelijkheden.
> — Iris Wolters, advocaat technologierecht bij Wolters & Smit

### Toezicht in Nederland

In Nederland wordt het toezicht verdeeld over meerdere instanties. Welke toezichthouder bevoegd is, hangt af van de sector en het soort toepassing. Brancheorganisaties vragen om één duidelijk loket waar ondernemers met hun vragen terechtkunnen.

De Europese Commissie werkt aan richtsnoeren en gedragscodes die bedrijven moeten helpen de regels toe te passen. Tot die er zijn, adviseren juristen om in ieder geval duidelijk te communiceren wanneer AI wordt gebruikt.`
  },
  {
    title: 'Bitcoinminers verkopen minder munten dan in de maanden na de halving',
    standfirst: 'Uit on-chaindata blijkt dat miners hun voorraad weer opbouwen. Dat haalt verkoopdruk van de markt, zeggen analisten.',
    tags: ['bitcoin'],
    authors: ['daan-hoekstra'],
    hoursAgo: 52,
    image: {
      motif: 'energy',
      alt: 'Illustratie van serverrekken met bliksemschichten en een oranje gloed',
      caption: 'Miners houden meer bitcoin vast dan een jaar geleden.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Bitcoinminers verkopen beduidend minder van hun nieuw gedolven munten dan in de periode na de laatste halving. Dat blijkt uit een analyse van on-chaindata door onderzoeksbureau Ketenmeter. Grote miningbedrijven lijken hun voorraad zelfs weer op te bouwen.

## Minder druk na de halving

Bij een halving wordt de beloning die miners ontvangen voor het toevoegen van een nieuw blok gehalveerd. In de maanden daarna stonden veel miners onder druk: hun inkomsten daalden, terwijl de kosten voor stroom en apparatuur gelijk bleven. Veel bedrijven verkochten daardoor vrijwel alles wat ze minden, en soms zelfs een deel van hun reserves.

Inmiddels is dat beeld veranderd. Door de hogere koers en efficiëntere machines zijn de marges verbeterd.

> Miners zijn geen gedwongen verkopers meer. Ze kunnen het zich weer permitteren om munten vast te houden, en dat haalt een structurele verkoopdruk van de markt.
> — Lars van Dijk, onderzoeker bij Ketenmeter

## Diversificatie naar AI

Een deel van de miningbedrijven zoekt daarnaast nieuwe inkomstenbronnen. Zij verhuren een deel van hun stroomaansluiting en datacentercapaciteit aan bedrijven die AI-modellen trainen. Dat levert stabielere inkomsten op dan mining, dat sterk afhankelijk is van de koers.

Analisten zijn verdeeld over de vraag of die trend goed is voor het netwerk. Als miners capaciteit verschuiven naar AI, kan de groei van de hashrate vertragen. Tegelijk maakt een breder verdienmodel de bedrijven minder kwetsbaar bij een koersdaling.

De totale hoeveelheid bitcoin in handen van miners wordt door Ketenmeter geschat op ruim 1,8 miljoen munten. Het grootste deel daarvan staat op adressen die al jaren niet zijn gebruikt en waarvan vermoed wordt dat ze bij vroege miners horen.`
  },
  {
    title: 'Digitale kunstbeurs in Rotterdam kiest voor NFT’s als toegangsbewijs',
    standfirst: 'Bezoekers van Kunstbeurs Nieuwe Maas krijgen hun ticket als digitaal verzamelobject. De organisatie wil zo doorverkoop tegen woekerprijzen tegengaan.',
    tags: ['nft', 'blockchain'],
    authors: ['fatima-el-amrani'],
    hoursAgo: 60,
    image: {
      motif: 'city',
      alt: 'Illustratie van een skyline aan het water met kleurrijke digitale kunstwerken in de lucht',
      caption: 'De beurs vindt plaats in een voormalige loods aan de Maas.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `De organisatie van Kunstbeurs Nieuwe Maas, een jaarlijkse beurs voor digitale kunst in Rotterdam, geeft dit jaar alle toegangsbewijzen uit als NFT. Bezoekers ontvangen hun ticket in een digitale wallet, of in een eenvoudige app als ze geen eigen wallet hebben.

## Tegen woekerprijzen

Een belangrijke reden voor de keuze is het tegengaan van doorverkoop tegen hoge prijzen. In het smart contract van de tickets is vastgelegd dat ze maximaal voor 10 procent boven de oorspronkelijke prijs mogen worden doorverkocht. Een deel van die opbrengst gaat naar de deelnemende kunstenaars.

> Vorig jaar zagen we tickets van 25 euro voor bijna 200 euro online verschijnen. Daar hebben echte kunstliefhebbers niets aan. Met deze tickets houden we grip op de prijs.
> — Noor Veldkamp, directeur van Kunstbeurs Nieuwe Maas

## Meer dan een ticket

Na afloop behouden bezoekers hun ticket als herinnering. Elk ticket toont een uniek werk van een van de deelnemende kunstenaars. Wie bepaalde delen van de beurs bezoekt, kan het beeld laten veranderen.

De organisatie benadrukt dat bezoekers geen kennis van crypto nodig hebben. Betalen kan gewoon met iDEAL of een creditcard, en de technische kant wordt zoveel mogelijk verborgen.

## Gemengde reacties

De keuze leidt niet bij iedereen tot enthousiasme. Op sociale media klagen sommige kunstliefhebbers dat ze hun gegevens moeten delen met een externe app. Anderen zien NFT’s nog altijd als een symbool van speculatie.

Volgens de organisatie is het juist de bedoeling om te laten zien dat de technologie ook nuttige toepassingen heeft. De beurs verwacht zo’n twaalfduizend bezoekers.`
  },
  {
    title: 'Nederlandse huishoudens sparen meer, maar beleggen ook vaker in crypto',
    standfirst: 'Uit een enquête onder ruim drieduizend huishoudens blijkt dat bijna één op de zeven crypto bezit. Vooral jongeren stappen in.',
    tags: ['economie', 'bitcoin'],
    authors: ['marieke-van-den-berg'],
    hoursAgo: 70,
    featured: true,
    image: {
      motif: 'chart-up',
      alt: 'Illustratie van een spaarvarken naast een stijgende grafiek en enkele munten',
      caption: 'Spaargeld en beleggingen groeien tegelijk.',
      credit: 'Beeld: redactie'
    },
    body: `Nederlandse huishoudens hebben het afgelopen jaar meer gespaard dan het jaar ervoor, maar beleggen ook vaker. Dat blijkt uit een enquête van onderzoeksbureau Peilwerk onder ruim drieduizend huishoudens. Opvallend is de groei van het aantal mensen dat crypto bezit.

## Eén op de zeven bezit crypto

Volgens het onderzoek heeft 14 procent van de huishoudens crypto in bezit, tegen 11 procent een jaar eerder. Bij huishoudens waarvan de hoofdkostwinner jonger is dan 35 jaar, ligt dat aandeel zelfs boven de 25 procent.

De belangrijkste uitkomsten:

- 62 procent van de huishoudens spaarde maandelijks een vast bedrag.
- 31 procent belegt in aandelen of fondsen, een stijging van 3 procentpunt.
- 14 procent bezit crypto, meestal bitcoin of ether.
- De meeste cryptobeleggers hebben minder dan 2.500 euro belegd.

## Kleine bedragen

Het gaat bij de meeste cryptobeleggers om bescheiden bedragen. Slechts een klein deel heeft meer dan 10 procent van het totale vermogen in crypto zitten. Dat stelt volgens onderzoekers gerust: de meeste mensen lijken zich bewust van de risico’s.

> De spaarrente is gedaald en veel mensen zoeken naar rendement. Crypto is voor een groeiende groep gewoon een onderdeel van de mix, niet langer iets exotisch.
> — Thijs Koster, onderzoeker bij Peilwerk

## Zorgen bij consumentenorganisaties

Consumentenorganisaties wijzen erop dat jongeren gevoeliger zijn voor beleggingsadvies via sociale media. Een deel van de ondervraagden gaf aan een belegging te hebben gedaan na een tip van een influencer. Volgens critici is meer financiële educatie nodig, bijvoorbeeld op scholen.

Het volledige rapport is te lezen op de [website van Peilwerk](https://example.nl/peilwerk/huishoudens-en-beleggen).`
  }
]
