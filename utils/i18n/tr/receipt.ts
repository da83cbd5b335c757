// Turkish strings of the receipt: the keys of ../da/receipt.ts.
import type { ReceiptMessages } from '../da/receipt';

export const receipt: ReceiptMessages = {
  next: 'Şimdi ne olacak?',
  readsAll: 'Belediye gelen bütün yanıtları okur.',
  deadline: '{date} tarihine kadar yanıt verebilirsiniz. Sonra belediye bütün yanıtları inceler.',
  followHere:
    'Belediye yanıtınıza baktığında, durumunu ve belediyenin yanıtını burada, sayfada "Yanıtlarınız" altında görebilirsiniz.',
  newsHere: 'Bu meseleyle ilgili haberler burada, sayfada çıkacak.',
  newsTo: 'Yanıtınızla ilgili haberler {email} adresine gönderilecek.',
  confirmMail:
    'E-postanızı onaylamanız için bir e-posta alacaksınız. Belediye ancak ondan sonra haber gönderir. Daha önce onayladıysanız başka bir şey yapmanız gerekmez.',
  noMail: 'Belediye e-postayla haber göndermiyor. Yanıtınızı bu sayfada takip edebilirsiniz.',
  keepReference: 'Yanıtınızı belediyeye sormak isterseniz referans numaranızı saklayın.',
  contact: 'Sorunuz varsa {contact} ile iletişim kurabilirsiniz.',
};
