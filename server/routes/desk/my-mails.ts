// `/desk/mails` ("Mine e-mails"): what each staff member chooses to hear by mail (issue 20, point
// 7), for themselves only: a mail when a colleague makes them Ansvarlig for answers, and a daily
// mail of the new answers to the challenges they follow (followed on a challenge's page).

import {
  DIGEST_HOUR,
  followedChallenges,
  saveStaffMailChoices,
  staffMailChoices,
  staffMailStopped,
} from '../../data/staff-news';
import { alert } from '../../ui/alert';
import { deskPaths } from '../../ui/desk-paths';
import { checkbox } from '../../ui/forms';
import { html } from '../../ui/html';
import { csrfField } from '../../ui/layout';
import { withNotice } from '../../ui/notices';
import { formOf, nowOf, pageBasics, sessionOf } from '../../web/context';
import { seeOther, sendPage } from '../../web/respond';
import type { Handler } from '../../web/route';

export const getMyMails: Handler = async (context) => {
  const { staff, csrf } = sessionOf(context);
  const { db, config, desk } = context.services;
  const choices = await staffMailChoices(db, staff.id);
  const followed = await followedChallenges(db, staff.id);
  const stopped = await staffMailStopped(db, desk.secret, staff.email);
  sendPage(context.res, {
    ...pageBasics(context, deskPaths.myMails),
    title: 'Mine e-mails',
    body: html`<h1>Mine e-mails</h1>
${
  !config.smtpUrl &&
  alert('info', {
    text: html`Samskab sender ingen e-mails, før en mailserver er sat op (<code>SAMSKAB_SMTP_URL</code>). Dine valg gælder fra da.`,
  })
}
${
  stopped &&
  alert('warning', {
    text: 'Du har afmeldt e-mails fra et link i en e-mail, eller mailserveren har afvist din adresse. Gem dine valg igen for at få e-mails.',
  })
}
<p>E-mails går til <strong>${staff.email}</strong>. De nævner kun svarenes reference, type og udfordring og linker hertil: aldrig hvad borgerne skrev, eller hvem de er.</p>
<form method="post" action="${deskPaths.myMails}">${csrfField(csrf)}
<fieldset><legend class="h5">Send mig en e-mail</legend>
${checkbox({ name: 'whenAssigned', label: 'Når en kollega gør mig ansvarlig for svar', checked: choices.whenAssigned, hint: 'Flere svar inden for 10 minutter kommer i én e-mail.' })}
${checkbox({ name: 'dailyDigest', label: 'Hver morgen med nye svar på de udfordringer, jeg følger', checked: choices.dailyDigest, hint: `Kl. ${DIGEST_HOUR}, når der er kommet nye svar siden i går.` })}
</fieldset>
<button type="submit" class="button button-primary">Gem mine valg</button></form>
<h2 class="h3">Udfordringer, du følger</h2>
${
  followed.length > 0
    ? html`<ul>${followed.map((challenge) => html`<li><a href="${deskPaths.challenge(challenge.id)}">${challenge.title}</a></li>`)}</ul>`
    : html`<p>Du følger ingen udfordringer. Du følger en udfordring fra dens side under <a href="${deskPaths.challenges}">Udfordringer</a>.</p>`
}`,
  });
};

export const postMyMails: Handler = async (context) => {
  const form = formOf(context);
  const { staff } = sessionOf(context);
  await saveStaffMailChoices(
    context.services.db,
    staff.id,
    {
      whenAssigned: form.get('whenAssigned') === 'ja',
      dailyDigest: form.get('dailyDigest') === 'ja',
    },
    context.services.desk.secret,
    nowOf(context),
  );
  seeOther(context.res, withNotice(deskPaths.myMails, 'mail-choices-saved'));
};
