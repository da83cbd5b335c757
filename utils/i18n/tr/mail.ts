// Turkish words of the mails to citizens: the keys of ../da/mail.ts. Server only.
import type { MailMessages } from '../da/mail';

export const mail: MailMessages = {
  greeting: 'Merhaba',
  noReply: 'Bu e-postaya yanıt veremezsiniz.',
  'confirm.subject': 'Yanıtınızla ilgili haberler için e-posta adresinizi onaylayın',
  'confirm.why':
    'Bu e-posta adresi, belediyeye gönderilen bir yanıtla ilgili haberleri e-postayla almak için yazıldı.',
  'confirm.ask':
    'Bu sizseniz ve yanıtınızla ilgili haberleri e-postayla almak istiyorsanız, adresi buradan onaylayın:',
  'confirm.waits':
    'Haberleri ancak adresi onayladıktan sonra göndeririz. Daha önce gelen haberler bekler ve onayladığınızda tek bir e-postada birlikte gelir.',
  'confirm.notYou':
    'Bu siz değilseniz hiçbir şey yapmanız gerekmez. Adres {days} gün içinde onaylanmazsa silinir ve bunun gibi bir e-postayı günde en fazla bir kez alırsınız.',
  'confirm.never': 'Buradan hiçbir zaman haber e-postası almak istemiyorsanız: {url}',
  'update.subject': '{reference} numaralı yanıtınızla ilgili haber',
  'update.subjectMany': {
    one: '{count} yanıtınızla ilgili haber',
    other: '{count} yanıtınızla ilgili haber',
  },
  'update.intro': 'Belediyenin {reference} numaralı yanıtınızla ilgili bir haberi var.',
  'update.introChallenge':
    'Belediyenin "{title}" meselesine verdiğiniz {reference} numaralı yanıtla ilgili bir haberi var.',
  'update.introMany': {
    one: 'Belediyenin {count} yanıtınızla ilgili haberi var.',
    other: 'Belediyenin {count} yanıtınızla ilgili haberi var.',
  },
  'update.answer': 'Yanıtınız {reference}:',
  'update.answerChallenge': '"{title}" meselesine yanıtınız {reference}:',
  'update.reply': 'Belediyenin size yanıtı:',
  'update.link': 'Durumu ve yanıtı burada görün: {url}',
  'outcome.subject': '"{title}" meselesinin sonucu',
  'outcome.subjectMany': {
    one: 'Yanıt verdiğiniz {count} meselenin sonucu',
    other: 'Yanıt verdiğiniz {count} meselenin sonucu',
  },
  'outcome.closed': 'Belediye "{title}" meselesini kapattı. Sonuç şu oldu:',
  'outcome.answer': 'Yanıtınız {reference}: {url}',
  'outcome.answers': 'Yanıtlarınız:',
  'outcome.link':
    'Bağlantıda durumu ve belediyenin yanıtını görebilir, yanıtınızı geri çekebilirsiniz.',
  'footer.why':
    'Bu e-postayı, yanıtlarınızı gönderirken onlarla ilgili haberler için e-posta adresinizi yazıp onayladığınız için alıyorsunuz. Adres yalnızca bunun için kullanılır. Yanıtlarınızla birlikte saklanmaz ve mesele kapandıktan {days} gün sonra silinir. Bu e-postaya yanıt veremezsiniz.',
  'footer.stop': 'Artık haber e-postası almak istemiyorsanız: {url}',
  'page.site': 'Yanıtlarınızla ilgili haber e-postaları',
  'page.confirm.title': 'E-posta adresinizi onaylayın',
  'page.confirm.ask':
    'Belediyenin gönderdiğiniz yanıtlarla ilgili bir haberi olduğunda {address} adresine e-posta ister misiniz?',
  'page.confirm.button': 'Evet, bana haberleri e-postayla gönderin',
  'page.confirm.ignore':
    'İstemiyorsanız hiçbir şey yapmanız gerekmez. Adres {days} gün içinde onaylanmazsa silinir.',
  'page.confirmed.title': 'E-posta adresiniz onaylandı',
  'page.confirmed.thanks': 'Teşekkürler. E-posta adresiniz onaylandı',
  'page.confirmed.text':
    'Belediyenin yanıtınızla ilgili bir haberi olduğunda {address} adresine e-posta alacaksınız. Bekleyen haberler tek bir e-postada birlikte gelir.',
  'page.confirmed.stop':
    'Artık e-posta istemezseniz, her e-postada onları durdurmak için bir bağlantı vardır.',
  'page.stopped.title': 'Haber e-postası almıyorsunuz',
  'page.stopped.text': 'Bu adrese haber e-postası gönderilmiyor. Başka bir şey yapmanız gerekmez.',
  'page.unsubscribe.title': 'Haber e-postalarını durdurun',
  'page.unsubscribe.ask':
    'Yanıtlarınızla ilgili haberleri {address} adresine artık e-postayla almak istemiyor musunuz?',
  'page.unsubscribe.button': 'E-postaları durdur',
  'page.unsubscribe.still':
    'Durumu ve belediyenin yanıtını, yanıtınızı gönderdiğiniz sayfada görmeye devam edebilirsiniz.',
  'page.unsubscribed.title': 'E-postalar durduruldu',
  'page.refused.title': 'E-postaları durdurma isteği reddedildi',
  'page.refused.text':
    'İstek düğmeden gelmedi. E-postadaki bağlantıyı yeniden açın ve düğmeye basın.',
};
