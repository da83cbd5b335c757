// The receiver's own short notices, which the status page links to when the municipality has not
// named its own (SAMSKAB_PRIVACY_URL, SAMSKAB_ACCESSIBILITY_URL): what this receiver keeps about an
// answer and how to ask about it, and how the pages are made accessible. They describe the
// software; the municipality's own notices, once set, replace them.
import { html } from '../ui/html';
import { type CitizenPageLinks, citizenPage } from './status-page';

export const privacyPage = (links: CitizenPageLinks): string =>
  citizenPage(
    'Privatlivspolitik',
    html`<p>Kommunen er dataansvarlig for de svar, du sender til den. Her står kort, hvad kommunens system gemmer.</p>
<ul>
<li>Dit svar, som du sendte det: hvilken slags svar, teksten og det, du valgte at skrive om dig selv (navn, organisation, e-mail, telefon). Alt om dig selv er frivilligt.</li>
<li>En e-mailadresse til nyt om svaret, hvis du bad om det. Den gemmes for sig og bruges kun til e-mails om svaret. Du kan stoppe dem fra siden for svaret og fra hver e-mail.</li>
<li>Kontaktoplysninger slettes efter den periode, kommunen har fastsat, og altid når du beder om det.</li>
</ul>
<p>Du kan selv trække dit svar tilbage fra siden for svaret. Så slettes teksten og dine kontaktoplysninger. Vil du se, rette eller slette det, kommunen har om dig, så kontakt kommunen og oplys referencen på dit svar.</p>
<p>Siden bruger ingen cookies og ingen statistik, og den henter intet fra andre websteder.</p>`,
    links,
  );

export const accessibilityPage = (links: CitizenPageLinks): string =>
  citizenPage(
    'Tilgængelighedserklæring',
    html`<p>Siderne om dit svar skal kunne bruges af alle og følger WCAG 2.1 på niveau AA.</p>
<ul>
<li>De er bygget med Det Fælles Designsystem og virker uden JavaScript.</li>
<li>De kan bruges med tastatur og skærmlæser, og de testes automatisk med axe.</li>
<li>Teksten kan forstørres til 200 %, og siderne virker på en smal skærm.</li>
</ul>
<p>Møder du en barriere, så kontakt kommunen og fortæl, hvilken side det drejer sig om.</p>`,
    links,
  );
