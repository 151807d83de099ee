/**
 * The mails Kasip sends, in Kazakh, Russian and English in one message (a link goes to a person
 * whose language is not known yet). Plain text: nothing to render, nothing to track.
 */
import type { Mail } from './mailer.js';

export function invitationMail(to: string, orgName: string, link: string, expiresAt: string): Mail {
  const day = expiresAt.slice(0, 10);
  return {
    to,
    subject: `Kasip: ${orgName}`,
    text: [
      `Сізді Kasip жүйесінде «${orgName}» ұйымына шақырды. Қосылу үшін сілтемені ашыңыз (${day} дейін, бір рет):`,
      link,
      '',
      `Вас пригласили в организацию «${orgName}» в Kasip. Чтобы присоединиться, откройте ссылку (до ${day}, один раз):`,
      link,
      '',
      `You are invited to join “${orgName}” on Kasip. Open the link to join (until ${day}, once):`,
      link,
    ].join('\n'),
  };
}

export function passwordResetMail(to: string, link: string, expiresAt: string): Mail {
  const until = expiresAt.replace('T', ' ').slice(0, 16);
  return {
    to,
    subject: 'Kasip: құпиясөзді қалпына келтіру / сброс пароля / password reset',
    text: [
      `Kasip құпиясөзін өзгерту үшін сілтемені ашыңыз (${until} UTC дейін, бір рет):`,
      link,
      '',
      `Чтобы сменить пароль в Kasip, откройте ссылку (до ${until} UTC, один раз):`,
      link,
      '',
      `To choose a new Kasip password, open the link (until ${until} UTC, once):`,
      link,
      '',
      'Егер сіз сұрамасаңыз, хатты елемеңіз. / Если вы не запрашивали, проигнорируйте письмо. / If you did not ask, ignore this mail.',
    ].join('\n'),
  };
}
