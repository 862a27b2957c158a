import { type ReaderLanguage } from '@aloite/domain';
import type { ReactNode } from 'react';
import { date } from './format';
import { html } from './html';

/** When the statement was written and by what assessment; renewed when the pages change. */
const PREPARED_ON = '2026-12-03';
const AUTHORITY_URL = 'https://www.saavutettavuusvaatimukset.fi';

interface Statement {
  title: string;
  intro: (municipality: string) => string;
  sections: { heading: string; paragraphs: string[] }[];
  authority: string;
}

// Laki digitaalisten palvelujen tarjoamisesta (306/2019) 15 §: compliance, what is not accessible and why, how to
// give feedback, and how to turn to the enforcement authority.
const STATEMENTS: Readonly<Record<ReaderLanguage, Statement>> = {
  fi: {
    title: 'Saavutettavuusseloste',
    intro: (municipality) =>
      `Tämä saavutettavuusseloste koskee palvelua ”${municipality} – Aloitteet”. Laki digitaalisten palvelujen tarjoamisesta (306/2019) edellyttää, että julkiset verkkopalvelut ovat saavutettavia.`,
    sections: [
      {
        heading: 'Saavutettavuuden tila',
        paragraphs: [
          'Sivut täyttävät osittain WCAG 2.1 -tason AA saavutettavuusvaatimukset.',
          `Seloste on laadittu ${date(PREPARED_ON)}. Saavutettavuus on arvioitu itsearviona sekä automaattisilla axe-tarkistuksilla suomen- ja ruotsinkielisillä sivuilla.`,
        ],
      },
      {
        heading: 'Ei-saavutettava sisältö',
        paragraphs: [
          'Aloitteiden liitteet, kuten allekirjoitetut aloitteet PDF-muodossa, ovat usein skannattuja eivätkä välttämättä ole saavutettavia (WCAG 1.1.1, 1.3.1). Liitteiden tiedot ovat luettavissa myös sivujen tekstinä, kuten aloitteen teksti, ehdotukset ja päätökset.',
        ],
      },
      {
        heading: 'Palaute ja yhteystiedot',
        paragraphs: [
          'Huomasitko saavutettavuuspuutteen? Kerro siitä kunnan kirjaamoon, niin korjaamme puutteen tai toimitamme tiedon saavutettavassa muodossa. Vastaamme 14 päivän kuluessa.',
        ],
      },
      {
        heading: 'Valvontaviranomainen',
        paragraphs: [
          'Jos huomaat sivuilla saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole tyytyväinen vastaukseen tai et saa vastausta kahden viikon aikana, voit tehdä ilmoituksen valvontaviranomaiselle: Etelä-Suomen aluehallintovirasto, saavutettavuuden valvonnan yksikkö, saavutettavuus@avi.fi, puhelin 0295 016 000.',
        ],
      },
    ],
    authority: 'Valvontaviranomaisen sivusto: saavutettavuusvaatimukset.fi',
  },
  sv: {
    title: 'Tillgänglighetsutlåtande',
    intro: (municipality) =>
      `Detta tillgänglighetsutlåtande gäller tjänsten ”${municipality} – Motioner”. Lagen om tillhandahållande av digitala tjänster (306/2019) kräver att offentliga webbtjänster är tillgängliga.`,
    sections: [
      {
        heading: 'Tillgänglighetens status',
        paragraphs: [
          'Sidorna uppfyller delvis tillgänglighetskraven på nivå AA i WCAG 2.1.',
          `Utlåtandet har upprättats ${date(PREPARED_ON)}. Tillgängligheten har bedömts genom egen bedömning och automatiska axe-kontroller av de finsk- och svenskspråkiga sidorna.`,
        ],
      },
      {
        heading: 'Innehåll som inte är tillgängligt',
        paragraphs: [
          'Motionernas bilagor, såsom undertecknade motioner i PDF-format, är ofta skannade och inte nödvändigtvis tillgängliga (WCAG 1.1.1, 1.3.1). Uppgifterna finns också som text på sidorna, såsom motionens text, förslagen och besluten.',
        ],
      },
      {
        heading: 'Respons och kontaktuppgifter',
        paragraphs: [
          'Har du upptäckt en brist i tillgängligheten? Meddela kommunens registratorskontor, så åtgärdar vi bristen eller ger dig uppgifterna i tillgänglig form. Vi svarar inom 14 dagar.',
        ],
      },
      {
        heading: 'Tillsynsmyndighet',
        paragraphs: [
          'Om du upptäcker problem med tillgängligheten, ge först respons till oss. Om du inte är nöjd med svaret eller inte får något svar inom två veckor, kan du anmäla det till tillsynsmyndigheten: Regionförvaltningsverket i Södra Finland, enheten för tillgänglighetstillsyn, saavutettavuus@avi.fi, telefon 0295 016 000.',
        ],
      },
    ],
    authority: 'Tillsynsmyndighetens webbplats: saavutettavuusvaatimukset.fi',
  },
  en: {
    title: 'Accessibility statement',
    intro: (municipality) =>
      `This accessibility statement covers the public initiative pages of ${municipality}. The Act on the Provision of Digital Services (306/2019) requires public web services to be accessible.`,
    sections: [
      {
        heading: 'Compliance status',
        paragraphs: [
          'The pages partially meet the WCAG 2.1 level AA accessibility requirements.',
          `This statement was prepared on ${date(PREPARED_ON)}, by self-assessment and automated axe checks of the Finnish and Swedish pages.`,
        ],
      },
      {
        heading: 'Non-accessible content',
        paragraphs: [
          'Attachments of initiatives, such as signed initiatives in PDF, are often scanned and may not be accessible (WCAG 1.1.1, 1.3.1). Their content is also on the pages as text: the initiative’s text, the proposals and the decisions.',
        ],
      },
      {
        heading: 'Feedback and contact information',
        paragraphs: [
          'Did you notice an accessibility problem? Tell the municipality’s registry, and we will fix it or give you the information in an accessible form. We answer within 14 days.',
        ],
      },
      {
        heading: 'Enforcement authority',
        paragraphs: [
          'If you notice accessibility problems, first give feedback to us. If you are not satisfied with the answer or get none within two weeks, you can notify the enforcement authority: the Regional State Administrative Agency for Southern Finland (Etelä-Suomen aluehallintovirasto), accessibility monitoring unit, saavutettavuus@avi.fi, telephone +358 295 016 000.',
        ],
      },
    ],
    authority: 'The enforcement authority’s site: saavutettavuusvaatimukset.fi',
  },
};

export function accessibilityTitle(lang: ReaderLanguage): string {
  return STATEMENTS[lang].title;
}

export function accessibilityPage(lang: ReaderLanguage, municipality: string): ReactNode {
  const statement = STATEMENTS[lang];
  return html`
    <h1>${statement.title}</h1>
    <p>${statement.intro(municipality)}</p>
    ${statement.sections.map(
      (section) =>
        html`<section key=${section.heading}>
          <h2>${section.heading}</h2>
          ${section.paragraphs.map((paragraph) => html`<p key=${paragraph}>${paragraph}</p>`)}
        </section>`,
    )}
    <p><a href=${AUTHORITY_URL}>${statement.authority}</a></p>
  `;
}
