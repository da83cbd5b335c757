// Turkish words of the citizen's status page: the keys of ../da/status-page.ts. Server only.
import type { StatusPageMessages } from '../da/status-page';

export const statusPage: StatusPageMessages = {
  skipLink: 'Sayfanın içeriğine git',
  site: 'Belediyeye yanıtınız',
  footer: 'Bu sayfa hakkında',
  privacy: 'Gizlilik politikası',
  accessibility: 'Erişilebilirlik beyanı',
  title: 'Yanıtınız {reference}',
  reference: 'Referans numarası',
  kind: 'Yanıtın türü',
  challenge: 'Mesele',
  unknownChallenge: 'Belediyenin web sitesindeki bir mesele',
  sent: 'Gönderildi',
  changed: 'Son değişiklik: {date}.',
  'meaning.received': 'Yanıtınız ulaştı, ama belediye henüz ona bakmadı.',
  'meaning.in-review': 'Belediye yanıtınızı inceliyor.',
  'meaning.taken-forward': 'Belediye yanıtınız üzerinde çalışmaya devam ediyor.',
  'meaning.not-taken-forward':
    'Belediye bu kez yanıtınız üzerinde çalışmaya devam etmemeye karar verdi.',
  'meaning.done': 'Yanıtınızın konusu olan şey yapıldı.',
  reply: 'Belediyenin size yanıtı',
  closed: 'Mesele kapandı.',
  news: 'Haber e-postaları',
  'news.confirmed': 'Belediyenin bu yanıtla ilgili bir haberi olduğunda e-posta alırsınız.',
  'news.unconfirmed':
    'Belediyenin bu yanıtla ilgili bir haberi olduğunda e-posta istediniz. E-posta adresinizi, gönderdiğimiz e-postadan onayladığınızda gelecek.',
  'news.none':
    'Bu yanıtla ilgili haber e-postaları almıyorsunuz. Durumu her zaman burada görebilirsiniz.',
  stopNews: 'Bu yanıtla ilgili e-postaları durdur',
  withdraw: 'Yanıtınızı geri çekin',
  withdrawWhat:
    'Belediyenin yanıtınızı artık kullanmasını istemiyorsanız, onu geri çekebilirsiniz. O zaman yazdıklarınız ve iletişim bilgileriniz silinir.',
  withdrawButton: 'Yanıtımı geri çek',
  forwarded:
    'Bağlantı başkasına iletilebildiği için bu sayfa yazdıklarınızı göstermez. Bağlantıya sahip olan herkes durumu görebilir ve yanıtı geri çekebilir: bağlantıyı yalnızca güvendiğiniz kişilerle paylaşın.',
  'withdraw.title': 'Yanıtınızı geri çekmek istiyor musunuz?',
  'withdraw.intro': '{reference} numaralı yanıtınızı geri çekmek üzeresiniz.',
  'withdraw.introChallenge':
    '"{title}" meselesine verdiğiniz {reference} numaralı yanıtı geri çekmek üzeresiniz.',
  'withdraw.erased':
    'Yazdıklarınız ile adınız, e-postanız ve telefon numaranız belediyede silinir.',
  'withdraw.unpublished':
    'Yanıt yayımlandıysa belediyenin web sitesinden kaldırılır ve onunla ilgili haber e-postaları durur.',
  'withdraw.kept':
    'Sayılar tutsun diye belediye yalnızca referans numarasını, yanıtın ne zaman geldiğini, yanıtın türünü ve meseleyi saklar.',
  'withdraw.final': 'Bu geri alınamaz.',
  'withdraw.linkStops': 'Sonrasında yanıtın bağlantısı çalışmaz.',
  'withdraw.yes': 'Evet, yanıtımı geri çek',
  'withdraw.no': 'Hayır, yanıtın durumuna dön',
  'withdrawn.title': 'Yanıtınız geri çekildi',
  'withdrawn.text':
    '{reference} numaralı yanıtta yazdıklarınız ve iletişim bilgileriniz belediyede silindi. Onunla ilgili artık e-posta almayacaksınız ve bağlantı artık çalışmıyor.',
  'newsStopped.title': 'Bu yanıtla ilgili artık e-posta almayacaksınız',
  'newsStopped.text':
    '{reference} numaralı yanıtınızla ilgili artık haber e-postası gönderilmeyecek. Durumu ve belediyenin yanıtını {link} görmeye devam edebilirsiniz.',
  'newsStopped.link': 'yanıtın sayfasında',
  'gone.title': 'Bağlantı çalışmıyor',
  'gone.text':
    'Yanıtı bulamıyoruz. Bağlantı yanlış yazılmış olabilir ya da yanıt silinmiş olabilir.',
  'refused.title': 'Olmadı',
  'refused.text':
    'Form çok eski ya da yanıtın sayfasından gelmedi. Hiçbir şey değişmedi. {link} ve yeniden deneyin.',
  'refused.link': 'Yanıtın sayfasına dönün',
  'tooMany.title': 'Çok fazla deneme',
  'tooMany.text': 'Bağlantınızdan çok fazla deneme geldi. Biraz sonra yeniden deneyin.',
};
