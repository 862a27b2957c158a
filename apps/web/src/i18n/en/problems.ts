import type { Messages } from '../fi';
import type { RulePackErrorCode } from '@aloite/domain/vocabulary';
import { rulePacks } from './rule-packs';

const SINCE: Record<string, string> = {
  request: 'the day the statement was requested',
  handedIn: 'the day the initiative was handed in',
  filing: 'the day the initiative was handed in',
  meeting: 'the day of the meeting',
};

/** Every refusal the API can give, in English, each with what to do next. */
export const problems: Pick<
  Messages,
  'problems' | 'unknownProblem' | 'refusals' | 'possibleNow' | 'fieldRules' | 'actions'
> = {
  problems: {
    VALIDATION_FAILED: () => 'Check the form: the errors are shown at the fields.',
    NOT_FOUND: () =>
      'What you looked for was not found: it may have been removed or the address is wrong. Go back to the list and search again.',
    FORBIDDEN: ({ action }) =>
      `Your role does not allow “${action}”. It is your role, not the initiative’s state, that prevents it: ask someone whose role allows it.`,
    CROSS_ORIGIN_REQUEST: () => 'The request did not come from this site. Reload the page and try again.',
    UNAUTHENTICATED: () => 'Your session has ended. Sign in again, then save again.',
    PASSWORD_CHANGE_REQUIRED: () =>
      'An administrator has reset your password. Change your password before you go on.',
    STALE_VERSION: () => 'Someone else changed this in the meantime. Load the latest version and save again.',
    TRANSITION_NOT_ALLOWED: () =>
      'This step is not possible in the initiative’s current state. Check its state on the initiative’s page.',
    DUPLICATE_DIARY_NUMBER: () =>
      'The diary number is already in use in this municipality. Leave the field empty to have a number given automatically, or enter another number.',
    DUPLICATE_NAME: () => 'The name is already in use in this municipality. Choose another name.',
    DATABASE_UNAVAILABLE: () =>
      'The database cannot be reached right now. Reload the page in a moment and check whether your change was saved before trying again.',
    PAYLOAD_TOO_LARGE: () =>
      'What you sent is too large. Make the file smaller or shorten the texts and try again.',
    UNSUPPORTED_MEDIA_TYPE: () =>
      'The file type is not accepted. Use a PDF, Word (DOCX), ODT, plain text, PNG or JPEG file.',
    METHOD_NOT_ALLOWED: () =>
      'This cannot be done at this address. Go back to the previous page and try again.',
    TOO_MANY_ATTEMPTS: () => 'Too many failed sign-ins. Wait a moment and try again.',
    POSTPONEMENT_LIMIT_REACHED: () =>
      'The body has already tabled or returned this statement request as often as allowed. Record its statement with another decision, or ask the registry to waive the request.',
    STATEMENT_REQUEST_LIMIT_REACHED: () =>
      'The initiative already has as many statement requests as allowed. Record or waive the open ones before asking again.',
    HANDLING_LIMIT_REACHED: () =>
      'The initiative already has as many handlings as allowed. Only a decision that ends its handling can still be recorded.',
    TEXT_LIMIT_REACHED: () =>
      'The initiative’s texts would be too long in all. Shorten them and attach long texts as documents.',
    DOCUMENT_LIMIT_REACHED: () =>
      'The initiative already has as many documents as allowed. Combine documents into one file.',
    DOCUMENT_BYTES_LIMIT_REACHED: () =>
      'The initiative’s documents would be too large in all. Make the file smaller, for example by saving it as a lower-resolution PDF.',
    TOO_MANY_DOWNLOADS: () => 'Too many downloads at once. Wait a moment and try again.',
    TOO_MANY_REQUESTS: () => 'Too many requests from your address. Wait a moment and try again.',
    DOWNLOADS_BUSY: () => 'There are too many downloads right now. Try again in a moment.',
    SERVER_BUSY: () => 'The service is busy right now. Try again in a moment.',
    BODY_TOO_COMPLEX: () => 'What you sent is too complex. Reload the page and try again.',
    REMINDERS_OFF: () =>
      'Reminders are off because e-mail is not configured. Ask the administrators to configure a mail server.',
    SECTION_TAKEN: () =>
      'The meeting’s agenda already has an item with this §. Choose another section number.',
    ALREADY_ON_AGENDA: () =>
      'The initiative is already waiting on this body’s agenda. Record the decision at that meeting or remove the item from its agenda.',
    ALREADY_DECIDED: () =>
      'The item’s decision is already recorded. Reload the page to see it; a mistake is fixed by a correction.',
    NOTHING_TO_DECIDE: () =>
      'The body has nothing to decide on this initiative at its current stage. Check its state on the initiative’s page.',
    MEETING_STEP_NOT_ALLOWED: () =>
      'The meeting is not in a state where this can be done. Reload the meeting’s page to see its state.',
    MEETING_CANCELLED: () => 'The meeting was cancelled. Choose another meeting.',
    MEETING_NOT_YET_HELD: () =>
      'The meeting has not been held yet: its decision can be recorded on the meeting day or later.',
    MINUTES_ALREADY_CHECKED: () => 'The minutes are already checked. A change is made as a correction.',
    AGENDA_ITEMS_UNDECIDED: () =>
      'Some items on the agenda have no decision yet. Record the missing decisions first.',
    CORRECTION_CONTRADICTS_LOG: () =>
      'As corrected, the record would contradict a later handling. Check the dates and decisions.',
    LINK_EXISTS: () => 'The initiatives are already linked this way. Nothing needs doing.',
    LINK_TO_ITSELF: () => 'An initiative cannot be linked to itself. Choose another initiative.',
    RULE_PACK_CHANGED: () => 'The municipality’s rules changed in the meantime. Save again.',
    RULE_PACK_VERSION_EXISTS: () =>
      'A version of the rules already starts on that day. Choose another start day.',
    RULE_PACK_CONTRADICTS_HISTORY: ({ refused }) =>
      `Under these rules, handlings already recorded would not have been possible (${refused}). Choose a later start day.`,
    PASSWORDS_NOT_ALLOWED: () =>
      'This municipality no longer uses separate passwords. Sign in with your organisation account.',
    OIDC_NOT_CONFIGURED: () =>
      'No organisation sign-in is set up for this municipality. Sign in with your username and password.',
    OIDC_STATE_INVALID: () => 'The sign-in expired or was already used. Start signing in again.',
    OIDC_PROVIDER_REFUSED: () =>
      'Your organisation’s sign-in service did not accept the sign-in. The account may be disabled; contact IT support if needed.',
    OIDC_ID_TOKEN_INVALID: () =>
      'The sign-in service’s answer could not be verified, so the sign-in was refused. Try again; if it happens again, contact the administrators.',
    OIDC_PROVIDER_UNREACHABLE: () =>
      'Your organisation’s sign-in service did not answer. Try again in a moment.',
    OIDC_NO_ROLE: () =>
      'Your account has no role here: none of your groups gives one. Ask the administrators to add you to the right group.',
    OIDC_ACCOUNT_REFUSED: () =>
      'The account cannot be used in this municipality (it is deactivated or its name is taken). Contact the administrators.',
    INTERNAL: () =>
      'An unexpected error: nothing was changed, and the error has been logged. Try again; if it happens again, contact the administrators.',
  },
  unknownProblem:
    'The server answered unexpectedly. Reload the page and check whether your change was saved.',
  refusals: {
    requestAlreadyOpen: ({ requestedOn }) =>
      `A statement request to this body or office holder is already open (requested ${requestedOn}). Wait for the statement or record it first.`,
    noOpenRequest: () =>
      'There is no open statement request to this body or office holder. Someone may already have recorded the statement: load the latest version.',
    meetingOfAnotherBody: () =>
      'A statement is recorded from the answering body’s own meeting. Choose a meeting of the same body.',
    beforeRequest: ({ requestedOn }) =>
      `A statement cannot be dated before it was requested. Correct the date: ${requestedOn} or later.`,
    dueBeforeRequest: () =>
      'The due date cannot be before the request. Give a due date on or after the request’s day.',
    beforeFiling: () => 'The date cannot be before the initiative was handed in. Correct the date.',
    oneAddressee: () => 'Choose either a body or an office holder, not both.',
    dueDateWithReplyOnly: () =>
      'A due date is given when, and only when, a reply is expected. Correct the choice or the due date.',
    outcomeOfDecisionType: () =>
      'The outcome does not fit the decision type: returned and tabled are types of their own; any other outcome needs a decision on the matter. Choose a fitting type.',
    directAnswerNotAllowed: () =>
      'The municipality’s rules do not let the board answer this initiative directly. Choose a proposal to the council.',
    statementsOpen: () =>
      'The initiative still has open statement requests. Record or waive them before the board’s decision.',
    notInState: ({ state }) =>
      `This is not possible while the initiative is “${state}”. Someone may already have recorded it: load the latest version.`,
  },
  possibleNow: (events) => `Possible now: ${events}.`,
  fieldRules: {
    required: () => 'Fill in this field.',
    text: () => 'Write text here.',
    maxLength: ({ max }) => `The text is too long: at most ${max} characters. Shorten it.`,
    unsafeCharacters: () =>
      'The text has a character that cannot be stored or printed (a control character). Retype that part.',
    isoDate: () => 'Give the date as d.m.yyyy, e.g. 20.5.2026. Check that the day exists.',
    timeOfDay: () => 'Give the time as hh:mm, e.g. 16:30.',
    isInt: () => 'Give a whole number without decimals, e.g. 12.',
    min: ({ min, negative }) =>
      negative ? `The number cannot be negative. Give at least ${min}.` : `Give at least ${min}.`,
    max: ({ max }) => `Give at most ${max}.`,
    isIn: () => 'Choose one of the options.',
    isUuid: () => 'Choose an option from the list.',
    isBoolean: () => 'Choose yes or no.',
    isArray: () => 'The field’s contents are not valid. Reload the page and fill it in.',
    isObject: () => 'The field’s contents are not valid. Reload the page and fill it in.',
    arrayMaxSize: () => 'Too many rows. Remove the extra rows.',
    unknownField: () => 'The field is not known. Reload the page.',
    inUse: ({ value }) => `“${value}” is already in use in this municipality. Choose another.`,
    dateRange: ({ earliest, latest, since }) => {
      const from = earliest && `${earliest} (${SINCE[since] ?? since})`;
      if (from && latest) return `Give a date between ${from} and ${latest} (today).`;
      if (from) return `The date cannot be before ${from}. Give ${earliest} or later.`;
      return `The date cannot be in the future. Give ${latest} (today) at the latest.`;
    },
    noSuchBody: () => 'The body is not in this municipality. Choose a body from the list.',
    bodyInactive: ({ body }) => `${body} is no longer active. Choose another body.`,
    bodyOfWrongKind: ({ body }) => `${body} does not decide this. Choose the right body.`,
    oneAddressee: () => 'Choose either a body or an office holder, not both.',
    dueDateWithReply: () => 'Give a due date when a reply is expected.',
    dueDateWithoutReply: () => 'A due date is given only when a reply is expected. Clear the field.',
    year: ({ earliest, latest }) => `Give the year in digits, e.g. 2027 (${earliest}–${latest}).`,
    signatoriesOverCount: ({ count }) =>
      `${count} signatories are named: the count cannot be smaller. Correct it or leave the field empty.`,
    oneFirstSigner: () => 'Only one signatory can be the first signer.',
    municipalityLanguage: () => 'Choose one of the municipality’s languages.',
    notOnList: ({ year }) => `The initiative is not on the list of ${year}. Remove it from the choice.`,
    closedAndKept: () => 'An initiative cannot be both declared handled and kept open. Choose one.',
    ownAdminAccess: () =>
      'You cannot remove your own administrator access. Ask another administrator to make the change.',
    passwordTooShort: ({ min }) => `A password needs at least ${min} characters. Make it longer.`,
    commonPassword: () =>
      'This password is one of the most common passwords, so it can be guessed. Choose another.',
    wrongPassword: () => 'The current password is not right. Type your current password.',
    samePassword: () => 'The new password cannot be the same as the current one. Choose a new password.',
    secretaryWithoutBody: () => 'Choose at least one body the user is secretary of.',
    sameLanguageTwice: () =>
      'The second language must differ from the majority language. Choose another language or leave the field empty.',
    ifMatch: () => 'The form’s version is missing. Reload the page and save again.',
    statusWithMove: () =>
      'Change the meeting’s status and save first, then move its time or place separately.',
    nothingToChange: () => 'Nothing changed. Change something before saving.',
    correctionReason: () => 'The agenda is already published: give the change its reason.',
    referralDecided: () =>
      'A referral for preparation is decided: it cannot be tabled or returned. Choose another decision type.',
    resolutionsAtCouncil: () => 'Resolutions are recorded only in the council’s decision. Remove them.',
    decisionWritten: () => 'Write the decision when it differed from the proposal.',
    initiativeTwice: () => 'The same initiative is chosen twice. Remove one choice.',
    addresseeTwice: ({ request }) =>
      `The same body or office holder is already in statement request ${request}. Remove one of the two.`,
    notRecorded: () => 'This handling does not record that value. Remove the change.',
    notAnAgendaItem: () => 'The chosen item is not this initiative’s. Choose the item from the list.',
    bodyOfAgendaItem: () => 'Choose the body of the meeting whose item the document belongs to.',
    noSuchHandling: () => 'The initiative has no such handling. Choose the handling from the list.',
    onlyForConfidential: () =>
      'A legal ground is given only for a confidential document. Clear the field or change the publicity.',
    onlyForNotYetPublic: () => 'This choice is only for a document that is not yet public.',
    agendaItemNeeded: () => 'Choose the agenda item whose checked minutes make the document public.',
    fileType: () => 'The file type is not accepted: use a PDF, DOCX, ODT, plain text, PNG or JPEG file.',
    oneFile: () => 'Send one file at a time.',
    malformedUpload: () => 'The upload was cut short. Choose the file again and retry.',
    // The rule-pack reader's code says what is wrong with the rule; the field names the rule.
    rulePack: (named) =>
      rulePacks.rulePackErrors[named.code as RulePackErrorCode]?.(named) ??
      'This value of the rules is not valid. Check it.',
    rulesContradictHistory: () =>
      'Handlings already recorded would not have been possible under these rules. Choose a later day.',
    issuerUrl: () => 'Give the sign-in service’s address as https://…',
    clientSecretNeeded: () => 'A new sign-in service or client id needs its secret too.',
    noSignInLeft: () =>
      'Without an organisation sign-in service, passwords cannot be switched off: nobody could sign in.',
    invalid: () => 'Check this field’s value.',
  },
  actions: {
    FILE_INITIATIVE: 'File an initiative',
    MANAGE_ACCOUNTS: 'Manage users',
    MANAGE_BODIES: 'Manage bodies',
    EDIT_MUNICIPALITY: 'Edit the municipality',
    RUN_REMINDERS: 'Send reminders',
    READ_DOCUMENT_READS: 'See who read documents',
    ADD_DOCUMENTS: 'Add documents',
    MANAGE_MEETINGS: 'Manage meetings',
    CORRECT_HANDLINGS: 'Correct a handling',
    LINK_INITIATIVES: 'Link initiatives',
  },
};
