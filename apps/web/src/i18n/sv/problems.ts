import type { Messages } from '../fi';
import type { RulePackErrorCode } from '@aloite/domain/vocabulary';
import { rulePacks } from './rule-packs';

const SINCE: Record<string, string> = {
  request: 'dagen utlåtandet begärdes',
  handedIn: 'dagen motionen lämnades in',
  filing: 'dagen motionen lämnades in',
  meeting: 'sammanträdesdagen',
};

/** Every refusal the API can give, in Swedish, each with what to do next. */
export const problems: Pick<
  Messages,
  'problems' | 'unknownProblem' | 'refusals' | 'possibleNow' | 'fieldRules' | 'actions'
> = {
  problems: {
    VALIDATION_FAILED: () => 'Kontrollera uppgifterna: felen visas vid fälten.',
    NOT_FOUND: () =>
      'Det du sökte hittades inte: det kan ha tagits bort eller adressen är fel. Gå tillbaka till listan och sök igen.',
    FORBIDDEN: ({ action }) =>
      `Din roll tillåter inte åtgärden ”${action}”. Hindret är din roll, inte motionens läge: be någon vars roll tillåter den att utföra åtgärden.`,
    CROSS_ORIGIN_REQUEST: () =>
      'Begäran kom inte från den här webbplatsen. Ladda om sidan och försök på nytt.',
    UNAUTHENTICATED: () => 'Din session har gått ut. Logga in igen och spara sedan på nytt.',
    PASSWORD_CHANGE_REQUIRED: () =>
      'Huvudanvändaren har bytt ditt lösenord. Byt lösenord innan du fortsätter.',
    STALE_VERSION: () =>
      'Någon annan ändrade uppgifterna under tiden. Ladda det senaste läget och spara på nytt.',
    TRANSITION_NOT_ALLOWED: () =>
      'Åtgärden kan inte göras i motionens nuvarande läge. Kontrollera läget på motionens sida.',
    DUPLICATE_DIARY_NUMBER: () =>
      'Diarienumret används redan i kommunen. Lämna fältet tomt så får motionen ett nummer automatiskt, eller ange ett annat nummer.',
    DUPLICATE_NAME: () => 'Namnet används redan i kommunen. Välj ett annat namn.',
    DATABASE_UNAVAILABLE: () =>
      'Databasen kan inte nås just nu. Ladda om sidan om en stund och kontrollera om ändringen sparades innan du försöker igen.',
    PAYLOAD_TOO_LARGE: () => 'Försändelsen är för stor. Minska filen eller korta texterna och försök igen.',
    UNSUPPORTED_MEDIA_TYPE: () =>
      'Filformatet godkänns inte. Använd en PDF-, Word (DOCX)-, ODT-, text-, PNG- eller JPEG-fil.',
    METHOD_NOT_ALLOWED: () =>
      'Det här kan inte göras på den här adressen. Gå tillbaka till föregående sida och försök igen.',
    TOO_MANY_ATTEMPTS: () => 'För många misslyckade inloggningar. Vänta en stund och försök igen.',
    POSTPONEMENT_LIMIT_REACHED: () =>
      'Organet har redan bordlagt eller återremitterat begäran om utlåtande så många gånger som tillåts. Registrera utlåtandet med ett annat beslut eller be registraturen att avstå från begäran.',
    STATEMENT_REQUEST_LIMIT_REACHED: () =>
      'Motionen har redan så många begäranden om utlåtande som tillåts. Registrera eller avstå från de öppna innan nya görs.',
    HANDLING_LIMIT_REACHED: () =>
      'Motionen har redan så många behandlingar som tillåts. Endast ett beslut som avslutar behandlingen kan ännu registreras.',
    TEXT_LIMIT_REACHED: () =>
      'Motionens texter skulle bli för långa sammanlagt. Korta texterna och bifoga långa texter som dokument.',
    DOCUMENT_LIMIT_REACHED: () =>
      'Motionen har redan så många dokument som tillåts. Slå ihop dokument till en fil.',
    DOCUMENT_BYTES_LIMIT_REACHED: () =>
      'Motionens dokument skulle bli för stora sammanlagt. Minska filen, till exempel genom att spara den som PDF med lägre upplösning.',
    TOO_MANY_DOWNLOADS: () => 'För många nedladdningar samtidigt. Vänta en stund och försök igen.',
    TOO_MANY_REQUESTS: () => 'För många förfrågningar från din adress. Vänta en stund och försök igen.',
    DOWNLOADS_BUSY: () => 'Det finns för många nedladdningar just nu. Försök igen om en stund.',
    SERVER_BUSY: () => 'Tjänsten är överbelastad just nu. Försök igen om en stund.',
    BODY_TOO_COMPLEX: () => 'Försändelsen är för komplicerad. Ladda om sidan och försök igen.',
    REMINDERS_OFF: () =>
      'Påminnelserna används inte eftersom e-post inte har konfigurerats. Be driften att konfigurera en e-postserver.',
    SECTION_TAKEN: () =>
      'Sammanträdets föredragningslista har redan ett ärende med den paragrafen. Välj ett annat paragrafnummer.',
    ALREADY_ON_AGENDA: () =>
      'Motionen väntar redan på organets föredragningslista. Registrera beslutet vid det sammanträdet eller ta bort ärendet från listan.',
    ALREADY_DECIDED: () =>
      'Ärendets beslut är redan registrerat. Ladda om sidan för att se det; ett fel rättas genom rättelse.',
    NOTHING_TO_DECIDE: () =>
      'Organet har inget att besluta om motionen i dess nuvarande skede. Kontrollera läget på motionens sida.',
    MEETING_STEP_NOT_ALLOWED: () =>
      'Sammanträdet är inte i ett läge där detta kan göras. Ladda om sammanträdets sida för att se läget.',
    MEETING_CANCELLED: () => 'Sammanträdet har ställts in. Välj ett annat sammanträde.',
    MEETING_NOT_YET_HELD: () =>
      'Sammanträdet har inte hållits än: beslutet kan registreras på sammanträdesdagen eller senare.',
    MINUTES_ALREADY_CHECKED: () => 'Protokollet är redan justerat. En ändring görs som rättelse.',
    AGENDA_ITEMS_UNDECIDED: () =>
      'Alla ärenden på föredragningslistan har inte beslutats. Registrera de saknade besluten först.',
    CORRECTION_CONTRADICTS_LOG: () =>
      'Efter rättelsen skulle uppgiften strida mot en senare behandling. Kontrollera datum och beslut.',
    LINK_EXISTS: () => 'Motionerna är redan länkade så här. Inget behöver göras.',
    LINK_TO_ITSELF: () => 'En motion kan inte länkas till sig självt. Välj en annan motion.',
    RULE_PACK_CHANGED: () => 'Kommunens behandlingsregler ändrades under tiden. Spara på nytt.',
    RULE_PACK_VERSION_EXISTS: () =>
      'En regelversion som börjar samma dag finns redan. Välj en annan startdag.',
    RULE_PACK_CONTRADICTS_HISTORY: ({ refused }) =>
      `Med dessa regler hade redan registrerade behandlingar inte varit möjliga (${refused}). Välj en senare startdag.`,
    PASSWORDS_NOT_ALLOWED: () =>
      'Kommunen använder inte längre separata lösenord. Logga in med organisationens inloggning.',
    OIDC_NOT_CONFIGURED: () =>
      'Ingen organisationsinloggning har ställts in för kommunen. Logga in med användarnamn och lösenord.',
    OIDC_STATE_INVALID: () => 'Inloggningen gick ut eller hade redan använts. Börja logga in på nytt.',
    OIDC_PROVIDER_REFUSED: () =>
      'Organisationens inloggningstjänst godkände inte inloggningen. Kontot kan vara avstängt; kontakta vid behov IT-stödet.',
    OIDC_ID_TOKEN_INVALID: () =>
      'Inloggningstjänstens svar kunde inte verifieras, så inloggningen avvisades. Försök igen; om felet upprepas, kontakta driften.',
    OIDC_PROVIDER_UNREACHABLE: () =>
      'Organisationens inloggningstjänst svarade inte. Försök igen om en stund.',
    OIDC_NO_ROLE: () =>
      'Ditt konto har ingen roll i tjänsten: ingen av dina grupper ger en. Be administratören lägga till dig i rätt grupp.',
    OIDC_ACCOUNT_REFUSED: () =>
      'Användarkontot kan inte användas i denna kommun (det är avstängt eller namnet är redan upptaget). Kontakta administratören.',
    INTERNAL: () =>
      'Ett oväntat fel: inget ändrades och felet har loggats. Försök igen; om felet upprepas, kontakta driften.',
  },
  unknownProblem: 'Servern svarade oväntat. Ladda om sidan och kontrollera om ändringen sparades.',
  refusals: {
    requestAlreadyOpen: ({ requestedOn }) =>
      `Det finns redan en öppen begäran om utlåtande till detta organ eller denna tjänsteinnehavare (begärd ${requestedOn}). Vänta på utlåtandet eller registrera det först.`,
    noOpenRequest: () =>
      'Det finns ingen öppen begäran om utlåtande till detta organ eller denna tjänsteinnehavare. Någon kan redan ha registrerat utlåtandet: ladda det senaste läget.',
    meetingOfAnotherBody: () =>
      'Utlåtandet registreras från det utlåtande organets eget sammanträde. Välj ett sammanträde för samma organ.',
    beforeRequest: ({ requestedOn }) =>
      `Utlåtandet kan inte dateras före dagen det begärdes. Rätta datumet: ${requestedOn} eller senare.`,
    dueBeforeRequest: () =>
      'Sista dagen kan inte vara före begäran. Ange en dag på eller efter begärans dag.',
    beforeFiling: () => 'Datumet kan inte vara före dagen motionen lämnades in. Rätta datumet.',
    oneAddressee: () => 'Välj antingen ett organ eller en tjänsteinnehavare, inte båda.',
    dueDateWithReplyOnly: () =>
      'Sista dag anges då och endast då svar väntas. Rätta valet eller sista dagen.',
    outcomeOfDecisionType: () =>
      'Utfallet passar inte beslutets art: återremiss och bordläggning är egna arter, annat utfall kräver ett beslut i saken. Välj en passande art.',
    directAnswerNotAllowed: () =>
      'Kommunens regler tillåter inte att styrelsen svarar direkt på denna motion. Välj förslag till fullmäktige.',
    statementsOpen: () =>
      'Motionen har ännu öppna begäranden om utlåtande. Registrera dem eller avstå från dem före styrelsens beslut.',
    notInState: ({ state }) =>
      `Detta kan inte göras när motionens läge är ”${state}”. Någon kan redan ha registrerat det: ladda det senaste läget.`,
  },
  possibleNow: (events) => `Möjligt nu: ${events}.`,
  fieldRules: {
    required: () => 'Fyll i fältet.',
    text: () => 'Skriv text här.',
    maxLength: ({ max }) => `Texten är för lång: högst ${max} tecken. Korta texten.`,
    unsafeCharacters: () =>
      'Texten innehåller ett tecken som inte kan sparas eller skrivas ut (ett styrtecken). Skriv om stället.',
    isoDate: () => 'Ange datumet i formen d.m.åååå, t.ex. 20.5.2026. Kontrollera att dagen finns.',
    timeOfDay: () => 'Ange klockslaget i formen tt:mm, t.ex. 16:30.',
    isInt: () => 'Ange ett heltal utan decimaler, t.ex. 12.',
    min: ({ min, negative }) =>
      negative ? `Talet kan inte vara negativt. Ange minst ${min}.` : `Ange minst ${min}.`,
    max: ({ max }) => `Ange högst ${max}.`,
    isIn: () => 'Välj ett av alternativen.',
    isUuid: () => 'Välj ett alternativ i listan.',
    isBoolean: () => 'Välj ja eller nej.',
    isArray: () => 'Fältets uppgifter duger inte. Ladda om sidan och fyll i fältet.',
    isObject: () => 'Fältets uppgifter duger inte. Ladda om sidan och fyll i fältet.',
    arrayMaxSize: () => 'För många rader. Ta bort de överflödiga raderna.',
    unknownField: () => 'Fältet är okänt. Ladda om sidan.',
    inUse: ({ value }) => `”${value}” används redan i kommunen. Välj något annat.`,
    dateRange: ({ earliest, latest, since }) => {
      const from = earliest && `${earliest} (${SINCE[since] ?? since})`;
      if (from && latest) return `Ange ett datum mellan ${from} och ${latest} (i dag).`;
      if (from) return `Datumet kan inte vara före ${from}. Ange ${earliest} eller senare.`;
      return `Datumet kan inte ligga i framtiden. Ange senast ${latest} (i dag).`;
    },
    noSuchBody: () => 'Organet finns inte i kommunen. Välj ett organ i listan.',
    bodyInactive: ({ body }) => `${body} är inte längre verksamt. Välj ett annat organ.`,
    bodyOfWrongKind: ({ body }) => `${body} beslutar inte om detta. Välj rätt organ.`,
    oneAddressee: () => 'Välj antingen ett organ eller en tjänsteinnehavare, inte båda.',
    dueDateWithReply: () => 'Ange sista dag när svar väntas.',
    dueDateWithoutReply: () => 'Sista dag anges bara när svar väntas. Töm fältet.',
    year: ({ earliest, latest }) => `Ange året med siffror, t.ex. 2027 (${earliest}–${latest}).`,
    signatoriesOverCount: ({ count }) =>
      `${count} undertecknare har namngetts: antalet kan inte vara mindre. Rätta antalet eller lämna fältet tomt.`,
    oneFirstSigner: () => 'Endast en undertecknare kan vara första undertecknare.',
    municipalityLanguage: () => 'Välj ett av kommunens språk.',
    notOnList: ({ year }) => `Motionen finns inte på förteckningen för ${year}. Ta bort valet.`,
    closedAndKept: () => 'En motion kan inte både konstateras behandlat och hållas anhängigt. Välj det ena.',
    ownAdminAccess: () =>
      'Du kan inte ta bort din egen administratörsbehörighet. Be en annan administratör göra ändringen.',
    passwordTooShort: ({ min }) => `Lösenordet ska ha minst ${min} tecken. Gör lösenordet längre.`,
    commonPassword: () =>
      'Lösenordet hör till de vanligaste lösenorden och kan gissas. Välj ett annat lösenord.',
    wrongPassword: () => 'Det nuvarande lösenordet är fel. Skriv ditt nuvarande lösenord.',
    samePassword: () =>
      'Det nya lösenordet kan inte vara detsamma som det nuvarande. Välj ett nytt lösenord.',
    secretaryWithoutBody: () => 'Välj minst ett organ där användaren är sekreterare.',
    sameLanguageTwice: () =>
      'Det andra språket ska skilja sig från majoritetens språk. Välj ett annat språk eller lämna fältet tomt.',
    ifMatch: () => 'Formulärets versionsuppgift saknas. Ladda om sidan och spara igen.',
    statusWithMove: () => 'Ändra först sammanträdets läge och spara, flytta sedan tid eller plats separat.',
    nothingToChange: () => 'Inget ändrades. Ändra någon uppgift innan du sparar.',
    correctionReason: () => 'Föredragningslistan är redan publicerad: skriv en motivering till ändringen.',
    referralDecided: () =>
      'En remiss för beredning avgörs: den kan inte bordläggas eller återremitteras. Välj en annan typ av beslut.',
    resolutionsAtCouncil: () => 'Hemställningsklämmar registreras bara i fullmäktiges beslut. Ta bort dem.',
    decisionWritten: () => 'Skriv beslutet när det avvek från förslaget.',
    initiativeTwice: () => 'Samma motion har valts två gånger. Ta bort det ena valet.',
    addresseeTwice: ({ request }) =>
      `Samma organ eller tjänsteinnehavare finns redan i begäran om utlåtande ${request}. Ta bort den ena begäran.`,
    notRecorded: () => 'Denna uppgift registreras inte i den här behandlingen. Ta bort ändringen.',
    notAnAgendaItem: () => 'Det valda ärendet hör inte till denna motion. Välj ärendet i listan.',
    bodyOfAgendaItem: () => 'Välj organet för det sammanträde vars ärende dokumentet hör till.',
    noSuchHandling: () => 'Motionen har ingen sådan behandling. Välj behandlingen i listan.',
    onlyForConfidential: () =>
      'Sekretessgrunden anges bara för ett sekretessbelagt dokument. Töm fältet eller ändra offentlighetsklassen.',
    onlyForNotYetPublic: () => 'Detta val gäller bara ett dokument som ännu inte är offentligt.',
    agendaItemNeeded: () =>
      'Välj det ärende på föredragningslistan vars protokolljustering gör dokumentet offentligt.',
    fileType: () => 'Filformatet godkänns inte: använd en PDF-, DOCX-, ODT-, text-, PNG- eller JPEG-fil.',
    oneFile: () => 'Skicka en fil i taget.',
    malformedUpload: () => 'Filöverföringen avbröts. Välj filen på nytt och försök igen.',
    // The rule-pack reader's code says what is wrong with the rule; the field names the rule.
    rulePack: (named) =>
      rulePacks.rulePackErrors[named.code as RulePackErrorCode]?.(named) ??
      'Uppgiften i behandlingsreglerna duger inte. Kontrollera den.',
    rulesContradictHistory: () =>
      'Redan registrerade behandlingar hade inte varit möjliga med dessa regler. Välj en senare dag.',
    issuerUrl: () => 'Ange inloggningstjänstens adress i formen https://…',
    clientSecretNeeded: () => 'En ny inloggningstjänst eller klient-id behöver också sin hemlighet.',
    noSignInLeft: () =>
      'Utan organisationens inloggningstjänst kan lösenorden inte stängas av: ingen skulle kunna logga in.',
    invalid: () => 'Kontrollera fältets värde.',
  },
  actions: {
    FILE_INITIATIVE: 'Registrera motion',
    MANAGE_ACCOUNTS: 'Hantera användare',
    MANAGE_BODIES: 'Hantera organ',
    EDIT_MUNICIPALITY: 'Redigera kommunens uppgifter',
    RUN_REMINDERS: 'Skicka påminnelser',
    READ_DOCUMENT_READS: 'Se dokumentens läslogg',
    ADD_DOCUMENTS: 'Lägg till dokument',
    MANAGE_MEETINGS: 'Hantera sammanträden',
    CORRECT_HANDLINGS: 'Rätta behandling',
    LINK_INITIATIVES: 'Länka motioner',
  },
};
