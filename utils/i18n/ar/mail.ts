// Arabic words of the mails to citizens: the keys of ../da/mail.ts. Server only.
import type { MailMessages } from '../da/mail';

export const mail: MailMessages = {
  greeting: 'مرحبًا',
  noReply: 'لا يمكنك الرد على هذه الرسالة.',
  'confirm.subject': 'أكّد عنوان بريدك الإلكتروني لتصلك أخبار عن ردّك',
  'confirm.why':
    'كُتب عنوان البريد الإلكتروني هذا لتلقّي أخبار بالبريد الإلكتروني عن ردّ أُرسل إلى البلدية.',
  'confirm.ask': 'إذا كان هذا أنت وتريد أخبارًا عن ردّك بالبريد الإلكتروني، فأكّد العنوان من هنا:',
  'confirm.waits':
    'لن نرسل إليه أخبارًا إلا بعد أن تؤكده. الأخبار التي تأتي قبل ذلك تنتظر، وتصلك معًا في رسالة واحدة بعد التأكيد.',
  'confirm.notYou':
    'إذا لم يكن هذا أنت، فلا تفعل شيئًا. يُحذف العنوان إذا لم يُؤكَّد خلال {days} يومًا، ولن تصلك أكثر من رسالة واحدة مثل هذه في اليوم.',
  'confirm.never': 'إذا كنت لا تريد أبدًا رسائل أخبار من هنا: {url}',
  'update.subject': 'جديد عن ردّك {reference}',
  'update.subjectMany': {
    zero: 'جديد عن {count} من ردودك',
    one: 'جديد عن {count} من ردودك',
    two: 'جديد عن {count} من ردودك',
    few: 'جديد عن {count} من ردودك',
    many: 'جديد عن {count} من ردودك',
    other: 'جديد عن {count} من ردودك',
  },
  'update.intro': 'لدى البلدية جديد عن ردّك {reference}.',
  'update.introChallenge': 'لدى البلدية جديد عن ردّك {reference} على التحدي "{title}".',
  'update.introMany': {
    zero: 'لدى البلدية جديد عن {count} من ردودك.',
    one: 'لدى البلدية جديد عن {count} من ردودك.',
    two: 'لدى البلدية جديد عن {count} من ردودك.',
    few: 'لدى البلدية جديد عن {count} من ردودك.',
    many: 'لدى البلدية جديد عن {count} من ردودك.',
    other: 'لدى البلدية جديد عن {count} من ردودك.',
  },
  'update.answer': 'ردّك {reference}:',
  'update.answerChallenge': 'ردّك {reference} على التحدي "{title}":',
  'update.reply': 'ردّ البلدية عليك:',
  'update.link': 'شاهد الحالة والرد هنا: {url}',
  'outcome.subject': 'نتيجة "{title}"',
  'outcome.subjectMany': {
    zero: 'نتيجة {count} من التحديات التي رددت عليها',
    one: 'نتيجة {count} من التحديات التي رددت عليها',
    two: 'نتيجة {count} من التحديات التي رددت عليها',
    few: 'نتيجة {count} من التحديات التي رددت عليها',
    many: 'نتيجة {count} من التحديات التي رددت عليها',
    other: 'نتيجة {count} من التحديات التي رددت عليها',
  },
  'outcome.closed': 'أغلقت البلدية التحدي "{title}". وهذا ما نتج عنه:',
  'outcome.answer': 'ردّك {reference}: {url}',
  'outcome.answers': 'ردودك:',
  'outcome.link': 'من خلال الرابط يمكنك رؤية الحالة وردّ البلدية، وسحب ردّك.',
  'footer.why':
    'تصلك هذه الرسالة لأنك كتبت عنوان بريدك الإلكتروني لتلقّي أخبار عن ردودك عندما أرسلتها، ثم أكّدته. لا يُستخدم العنوان إلا لهذا الغرض. لا يُحفظ مع ردودك، ويُحذف بعد {days} يومًا من إغلاق التحدي. لا يمكنك الرد على هذه الرسالة.',
  'footer.stop': 'إذا كنت لا تريد رسائل أخبار أخرى: {url}',
};
