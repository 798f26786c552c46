<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AccountEditor</name>
    <message>
        <source>Sending account</source>
        <translation>حساب الإرسال</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <source>How to set up this provider</source>
        <translation>كيفية إعداد هذا المزوّد</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>OAuth2 sign-in (browser)</source>
        <translation>تسجيل الدخول عبر OAuth2 (المتصفح)</translation>
    </message>
    <message>
        <source>the Application (client) ID of your own app</source>
        <translation>معرّف التطبيق (العميل) لتطبيقك الخاص</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>اتركه فارغاً للإبقاء على كلمة المرور المحفوظة</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>حالة الحساب</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>المزوّد:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>الأمان:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>تسجيل الدخول:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>معرّف العميل:</translation>
    </message>
    <message>
        <source>Authorize URL:</source>
        <translation>عنوان التفويض:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>عنوان الرموز المميزة:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>النطاقات:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>اسم الدخول:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>From name:</source>
        <translation>اسم المرسل:</translation>
    </message>
    <message>
        <source>From address:</source>
        <translation>عنوان المرسل:</translation>
    </message>
    <message>
        <source>Reply-To:</source>
        <translation>الرد إلى:</translation>
    </message>
    <message>
        <source>Messages a minute:</source>
        <translation>رسائل في الدقيقة:</translation>
    </message>
    <message>
        <source>Recipients a day:</source>
        <translation>مستلمون في اليوم:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>The account is saved.</source>
        <translation>تم حفظ الحساب.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in on the other device…</source>
        <translation>بانتظار تسجيل الدخول على الجهاز الآخر…</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>بانتظار المتصفح…</translation>
    </message>
    <message>
        <source>Signed in: the account is ready to send.</source>
        <translation>تم تسجيل الدخول: الحساب جاهز للإرسال.</translation>
    </message>
    <message>
        <source>Stopped on an unexpected error.</source>
        <translation>توقف بسبب خطأ غير متوقع.</translation>
    </message>
</context>
<context>
    <name>AccountKind</name>
    <message>
        <source>Asset</source>
        <translation>أصول</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>خصوم</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>حقوق الملكية</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>إيرادات</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>مصروفات</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Password refused: type the right password under Edit</source>
        <translation>رُفضت كلمة المرور: اكتب كلمة المرور الصحيحة في «تحرير»</translation>
    </message>
    <message>
        <source>Sign in again: Edit, then Sign in</source>
        <translation>سجّل الدخول مجدداً: «تحرير» ثم «تسجيل الدخول»</translation>
    </message>
    <message>
        <source>Ready, signed in</source>
        <translation>جاهز، تم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Not signed in yet: Edit, then Sign in</source>
        <translation>لم يتم تسجيل الدخول بعد: «تحرير» ثم «تسجيل الدخول»</translation>
    </message>
    <message>
        <source>No password kept: type it under Edit</source>
        <translation>لا توجد كلمة مرور محفوظة: اكتبها في «تحرير»</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Sending accounts</source>
        <translation>حسابات الإرسال</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>إ&amp;ضافة حساب…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>جعله الا&amp;فتراضي</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <source>Connect, encrypt and sign in with the chosen account, without sending</source>
        <translation>الاتصال والتشفير وتسجيل الدخول بالحساب المختار دون إرسال أي شيء</translation>
    </message>
    <message>
        <source>Connection test of the chosen account</source>
        <translation>اختبار اتصال الحساب المختار</translation>
    </message>
    <message>
        <source>What the accounts wait for</source>
        <translation>ما تنتظره الحسابات</translation>
    </message>
    <message>
        <source>The default account: server, password and connection test</source>
        <translation>الحساب الافتراضي: الخادم وكلمة المرور واختبار الاتصال</translation>
    </message>
    <message>
        <source>(the company&apos;s address)</source>
        <translation>(عنوان الشركة)</translation>
    </message>
    <message>
        <source>Messages from these accounts wait until this is done: %1</source>
        <translation>تنتظر رسائل هذه الحسابات حتى يتم ذلك: %1</translation>
    </message>
    <message>
        <source>Testing the connection of %1…</source>
        <translation>جارٍ اختبار اتصال %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>✘ The test stopped on an unexpected error.</source>
        <translation>✘ توقف الاختبار بسبب خطأ غير متوقع.</translation>
    </message>
</context>
<context>
    <name>AddressField</name>
    <message>
        <source>contact person %1</source>
        <translation>جهة الاتصال %1</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>statements</source>
        <translation>كشوف الحساب</translation>
    </message>
    <message>
        <source>general</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>used before</source>
        <translation>استُخدم سابقًا</translation>
    </message>
    <message>
        <source>Addresses on the card</source>
        <translation>العناوين المسجلة في البطاقة</translation>
    </message>
    <message>
        <source>%1: addresses on the card</source>
        <translation>%1: العناوين المسجلة في البطاقة</translation>
    </message>
    <message>
        <source>%1: problems</source>
        <translation>%1: مشكلات</translation>
    </message>
    <message>
        <source>%1: bounced addresses</source>
        <translation>%1: عناوين مرتدّة</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
</context>
<context>
    <name>AgeingPage</name>
    <message>
        <source>Ageing of open items</source>
        <translation>أعمار البنود المفتوحة</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>حفظ بصيغة &amp;CSV…</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الجانب</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>غير مستحقة بعد</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 يومًا</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 يومًا</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 يومًا</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>أكثر من 90 يومًا</translation>
    </message>
    <message>
        <source>On account</source>
        <translation>رصيد دائن</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>الأعمار</translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies) with open items</source>
        <translation>
            <numerusform>لا جهات لها بنود مفتوحة (%n)</numerusform>
            <numerusform>جهة واحدة لها بنود مفتوحة (%n)</numerusform>
            <numerusform>جهتان لهما بنود مفتوحة (%n)</numerusform>
            <numerusform>%n جهات لها بنود مفتوحة</numerusform>
            <numerusform>%n جهة لها بنود مفتوحة</numerusform>
            <numerusform>%n جهة لها بنود مفتوحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is open: every invoice is paid and no money is on account.</source>
        <translation>لا شيء مفتوح: كل الفواتير مدفوعة ولا يوجد رصيد دائن.</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>مدينون</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>دائنون</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Save the ageing as PDF</source>
        <translation>حفظ تقرير الأعمار بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the ageing as CSV</source>
        <translation>حفظ تقرير الأعمار بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظ في %1</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>المخصص</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>Add files to the message</source>
        <translation>إضافة ملفات إلى الرسالة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the chosen file</source>
        <translation>إزالة الملف المحدد</translation>
    </message>
    <message>
        <source>Size of the attachments</source>
        <translation>حجم المرفقات</translation>
    </message>
    <message>
        <source>Print copy (being made…)</source>
        <translation>نسخة الطباعة (قيد الإنشاء…)</translation>
    </message>
    <message>
        <source>%1 — %2 (print copy)</source>
        <translation>%1 — %2 (نسخة الطباعة)</translation>
    </message>
    <message>
        <source>%1 — %2 (e-invoice)</source>
        <translation>%1 — %2 (فاتورة إلكترونية)</translation>
    </message>
    <message>
        <source>Print copy: %1</source>
        <translation>نسخة الطباعة: %1</translation>
    </message>
    <message>
        <source>%1 — cannot be read: %2</source>
        <translation>%1 — تتعذر قراءته: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Total %1; the limit is %2</source>
        <translation>المجموع %1؛ الحد الأقصى %2</translation>
    </message>
    <message>
        <source>Too large to send: %1</source>
        <translation>أكبر من أن يُرسل: %1</translation>
    </message>
</context>
<context>
    <name>BatchChoice</name>
    <message>
        <source>What to send</source>
        <translation>ما المطلوب إرساله</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>نوع المستند</translation>
    </message>
    <message>
        <source>Customer statements</source>
        <translation>كشوف حسابات العملاء</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>الأر&amp;قام</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>التوا&amp;ريخ</translation>
    </message>
    <message>
        <source>From number</source>
        <translation>من رقم</translation>
    </message>
    <message>
        <source>To number</source>
        <translation>إلى رقم</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>Send again documents that were already sent</source>
        <translation>إعادة إرسال المستندات التي أُرسلت سابقًا</translation>
    </message>
    <message>
        <source>Form of the statements</source>
        <translation>شكل كشوف الحساب</translation>
    </message>
    <message>
        <source>Every movement of the period</source>
        <translation>كل حركات الفترة</translation>
    </message>
    <message>
        <source>What is open at the period&apos;s end</source>
        <translation>ما هو مفتوح في نهاية الفترة</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>كشف الحساب</translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation>حساب الإرسال</translation>
    </message>
    <message>
        <source>Every message of the batch goes from this account, at its sending pace</source>
        <translation>تُرسل كل رسائل الدفعة من هذا الحساب، بوتيرة إرساله</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Count the messages and their cost; send nothing</source>
        <translation>احسب عدد الرسائل وتكلفتها دون إرسال أي شيء</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Each message&apos;s usual account</source>
        <translation>الحساب المعتاد لكل رسالة</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>from %1: %2</source>
        <translation>من %1: %2</translation>
    </message>
    <message>
        <source>the last at %1</source>
        <translation>الأخيرة في %1</translation>
    </message>
    <message>
        <source>Batch send</source>
        <translation>إرسال مجموعة رسائل</translation>
    </message>
    <message>
        <source>Choose what to send, then Preview.</source>
        <translation>اختر ما تريد إرساله ثم اضغط «عرض».</translation>
    </message>
    <message>
        <source>Skipped documents</source>
        <translation>المستندات المتجاوزة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Why it is skipped</source>
        <translation>سبب التجاوز</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>إ&amp;رسال</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>A batch being sent goes on in the background</source>
        <translation>يستمر إرسال الدفعة الجارية في الخلفية</translation>
    </message>
    <message>
        <source>The choice changed: Preview again before sending.</source>
        <translation>تغيّر الاختيار: اضغط «عرض» مجددًا قبل الإرسال.</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>ينتهي نطاق التاريخ قبل أن يبدأ.</translation>
    </message>
    <message>
        <source>Checking every document of the range…</source>
        <translation>جارٍ فحص كل مستندات النطاق…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to send</source>
        <translation>
            <numerusform>لا رسائل للإرسال (%n)</numerusform>
            <numerusform>رسالة واحدة للإرسال (%n)</numerusform>
            <numerusform>رسالتان للإرسال (%n)</numerusform>
            <numerusform>%n رسائل للإرسال</numerusform>
            <numerusform>%n رسالة للإرسال</numerusform>
            <numerusform>%n رسالة للإرسال</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send in this range</source>
        <translation>لا يوجد ما يُرسل في هذا النطاق</translation>
    </message>
    <message numerus="yes">
        <source>cost: %n credit(s)</source>
        <translation>
            <numerusform>التكلفة: %n رصيد</numerusform>
            <numerusform>التكلفة: رصيد واحد (%n)</numerusform>
            <numerusform>التكلفة: رصيدان (%n)</numerusform>
            <numerusform>التكلفة: %n أرصدة</numerusform>
            <numerusform>التكلفة: %n رصيدًا</numerusform>
            <numerusform>التكلفة: %n رصيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>available: %n credit(s)</source>
        <translation>
            <numerusform>المتاح: %n</numerusform>
            <numerusform>المتاح: رسالة واحدة (%n)</numerusform>
            <numerusform>المتاح: رسالتان (%n)</numerusform>
            <numerusform>المتاح: %n رسائل</numerusform>
            <numerusform>المتاح: %n رسالة</numerusform>
            <numerusform>المتاح: %n رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will wait until credits are added.</source>
        <translation>
            <numerusform>لن تنتظر أي رسالة (%n) شحن الرصيد.</numerusform>
            <numerusform>ستنتظر رسالة واحدة (%n) حتى يُشحن الرصيد.</numerusform>
            <numerusform>ستنتظر رسالتان (%n) حتى يُشحن الرصيد.</numerusform>
            <numerusform>ستنتظر %n رسائل حتى يُشحن الرصيد.</numerusform>
            <numerusform>ستنتظر %n رسالة حتى يُشحن الرصيد.</numerusform>
            <numerusform>ستنتظر %n رسالة حتى يُشحن الرصيد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n document(s), with the reason</source>
        <translation>
            <numerusform>المتجاوز: %n مستند مع السبب</numerusform>
            <numerusform>المتجاوز: مستند واحد (%n) مع السبب</numerusform>
            <numerusform>المتجاوز: مستندان (%n) مع السبب</numerusform>
            <numerusform>المتجاوز: %n مستندات مع السبب</numerusform>
            <numerusform>المتجاوز: %n مستندًا مع السبب</numerusform>
            <numerusform>المتجاوز: %n مستند مع السبب</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is skipped.</source>
        <translation>لم يُتجاوز أي شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) put in the outbox.</source>
        <translation>
            <numerusform>لم توضع أي رسالة (%n) في صندوق الصادر.</numerusform>
            <numerusform>وُضعت رسالة واحدة (%n) في صندوق الصادر.</numerusform>
            <numerusform>وُضعت رسالتان (%n) في صندوق الصادر.</numerusform>
            <numerusform>وُضعت %n رسائل في صندوق الصادر.</numerusform>
            <numerusform>وُضعت %n رسالة في صندوق الصادر.</numerusform>
            <numerusform>وُضعت %n رسالة في صندوق الصادر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n document(s) were not queued. Preview and Send the same range again to queue them; those already queued are skipped.</source>
        <translation>
            <numerusform>توقف: لم يُترك أي مستند (%n) خارج قائمة الانتظار.</numerusform>
            <numerusform>توقف: لم يُضف مستند واحد (%n) إلى قائمة الانتظار. اضغط «عرض» ثم «إرسال» للنطاق نفسه لإضافته؛ ويُتجاوز ما أُضيف سابقًا.</numerusform>
            <numerusform>توقف: لم يُضف مستندان (%n) إلى قائمة الانتظار. اضغط «عرض» ثم «إرسال» للنطاق نفسه لإضافتهما؛ ويُتجاوز ما أُضيف سابقًا.</numerusform>
            <numerusform>توقف: لم تُضف %n مستندات إلى قائمة الانتظار. اضغط «عرض» ثم «إرسال» للنطاق نفسه لإضافتها؛ ويُتجاوز ما أُضيف سابقًا.</numerusform>
            <numerusform>توقف: لم يُضف %n مستندًا إلى قائمة الانتظار. اضغط «عرض» ثم «إرسال» للنطاق نفسه لإضافتها؛ ويُتجاوز ما أُضيف سابقًا.</numerusform>
            <numerusform>توقف: لم يُضف %n مستند إلى قائمة الانتظار. اضغط «عرض» ثم «إرسال» للنطاق نفسه لإضافتها؛ ويُتجاوز ما أُضيف سابقًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview again to send another batch.</source>
        <translation>اضغط «عرض» مجددًا لإرسال دفعة أخرى.</translation>
    </message>
    <message>
        <source>Draft #%1</source>
        <translation>مسودة رقم %1</translation>
    </message>
    <message>
        <source>not posted yet: drafts are not sent</source>
        <translation>لم يُرحّل بعد: لا تُرسل المسودات</translation>
    </message>
    <message>
        <source>already in the outbox</source>
        <translation>موجود في صندوق الصادر</translation>
    </message>
    <message>
        <source>already sent (tick “Send again documents that were already sent” to include it)</source>
        <translation>أُرسل سابقًا (حدّد «إعادة إرسال المستندات التي أُرسلت سابقًا» لتضمينه)</translation>
    </message>
    <message>
        <source>no valid e-mail address on the customer&apos;s card</source>
        <translation>لا يوجد بريد إلكتروني صالح في بطاقة العميل</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>المرسلة: %1</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>قيد الانتظار: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>الفاشلة: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>الموقوفة مؤقتًا: %1</translation>
    </message>
    <message>
        <source>Uncertain: %1</source>
        <translation>غير المؤكدة: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>الملغاة: %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>اكتمل</translation>
    </message>
    <message>
        <source>you can close this window; sending goes on in the background</source>
        <translation>يمكنك إغلاق هذه النافذة؛ يستمر الإرسال في الخلفية</translation>
    </message>
    <message>
        <source>paused: Resume to send the rest</source>
        <translation>موقوف مؤقتًا: اضغط «استئناف» لإرسال الباقي</translation>
    </message>
</context>
<context>
    <name>BatchRunBox</name>
    <message>
        <source>%v of %m documents</source>
        <translation>%v من %m مستندات</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>تقدم الإرسال الجماعي</translation>
    </message>
    <message>
        <source>Stop adding to the queue</source>
        <translation>إيقاف الإضافة إلى قائمة الانتظار</translation>
    </message>
    <message>
        <source>What is already queued stays queued and is sent; the rest is not queued</source>
        <translation>ما أُضيف إلى قائمة الانتظار يبقى ويُرسل؛ ولا يُضاف الباقي</translation>
    </message>
    <message>
        <source>P&amp;ause sending</source>
        <translation>إ&amp;يقاف الإرسال مؤقتًا</translation>
    </message>
    <message>
        <source>&amp;Resume sending</source>
        <translation>&amp;استئناف الإرسال</translation>
    </message>
    <message>
        <source>&amp;Cancel messages not yet sent</source>
        <translation>إ&amp;لغاء الرسائل غير المرسلة</translation>
    </message>
    <message>
        <source>Putting the messages in the outbox…</source>
        <translation>جارٍ وضع الرسائل في صندوق الصادر…</translation>
    </message>
    <message>
        <source>Stopping after the message being queued…</source>
        <translation>سيتوقف بعد الرسالة الجاري إضافتها…</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>الدفعة %1</translation>
    </message>
    <message>
        <source>Queueing stopped by an error. Messages already queued stay in the outbox.</source>
        <translation>توقفت الإضافة إلى قائمة الانتظار بسبب خطأ. تبقى الرسائل المضافة في صندوق الصادر.</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>أُنجز %v من %m</translation>
    </message>
    <message>
        <source>Paused: %1 message(s) held.</source>
        <translation>إيقاف مؤقت: حُجزت %1 رسالة.</translation>
    </message>
    <message>
        <source>Resumed: %1 message(s) will be sent.</source>
        <translation>استُؤنف: ستُرسل %1 رسالة.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n message(s) of this batch not yet sent? They will not be sent. Messages already on their way to the server still go.</source>
        <translation>
            <numerusform>لا توجد رسائل غير مرسلة في هذه الدفعة (%n).</numerusform>
            <numerusform>إلغاء الرسالة غير المرسلة في هذه الدفعة (%n)؟ لن تُرسل. أما الرسائل التي في طريقها إلى الخادم فستُرسل.</numerusform>
            <numerusform>إلغاء الرسالتين غير المرسلتين في هذه الدفعة (%n)؟ لن تُرسلا. أما الرسائل التي في طريقها إلى الخادم فستُرسل.</numerusform>
            <numerusform>إلغاء %n رسائل غير مرسلة في هذه الدفعة؟ لن تُرسل. أما الرسائل التي في طريقها إلى الخادم فستُرسل.</numerusform>
            <numerusform>إلغاء %n رسالة غير مرسلة في هذه الدفعة؟ لن تُرسل. أما الرسائل التي في طريقها إلى الخادم فستُرسل.</numerusform>
            <numerusform>إلغاء %n رسالة غير مرسلة في هذه الدفعة؟ لن تُرسل. أما الرسائل التي في طريقها إلى الخادم فستُرسل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1 message(s) will not be sent.</source>
        <translation>أُلغي: لن تُرسل %1 رسالة.</translation>
    </message>
</context>
<context>
    <name>BooksPage</name>
    <message>
        <source>Books</source>
        <translation>الدفاتر</translation>
    </message>
    <message>
        <source>New &amp;journal entry…</source>
        <translation>قيد &amp;جديد…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Trial balance as of</source>
        <translation>ميزان المراجعة بتاريخ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>مدين</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>دائن</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Trial balance</source>
        <translation>ميزان المراجعة</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>القيود اليومية</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>دليل الحسابات</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n حساب</numerusform>
            <numerusform>%n حساب</numerusform>
            <numerusform>%n حساب</numerusform>
            <numerusform>%n حساب</numerusform>
            <numerusform>%n حساب</numerusform>
            <numerusform>%n حساب</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the trial balance as PDF</source>
        <translation>حفظ ميزان المراجعة بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <source>Journal entry %1 kept.</source>
        <translation>تم حفظ القيد %1.</translation>
    </message>
</context>
<context>
    <name>BounceMarks</name>
    <message>
        <source>%1 bounced on %2: %3</source>
        <translation>ارتدّ %1 في %2: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>Bounced address</source>
        <translation>عنوان مرتدّ</translation>
    </message>
    <message>
        <source>Clear mark</source>
        <translation>إزالة العلامة</translation>
    </message>
    <message>
        <source>The address works again (the customer has mended it).</source>
        <translation>العنوان يعمل من جديد (أصلحه العميل).</translation>
    </message>
</context>
<context>
    <name>ChartOfAccountsBox</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>حساب مصرفي</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>رمز ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>دليل الحسابات</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>حساب &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;إعادة تسمية…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;أرشفة</translation>
    </message>
    <message>
        <source>bank (the default bank account)</source>
        <translation>المصرف (الحساب المصرفي الافتراضي)</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>النقدية</translation>
    </message>
    <message>
        <source>receivables</source>
        <translation>الذمم المدينة</translation>
    </message>
    <message>
        <source>input VAT</source>
        <translation>ضريبة المدخلات</translation>
    </message>
    <message>
        <source>payables</source>
        <translation>الذمم الدائنة</translation>
    </message>
    <message>
        <source>payables to employees</source>
        <translation>المستحق للموظفين</translation>
    </message>
    <message>
        <source>output VAT</source>
        <translation>ضريبة المخرجات</translation>
    </message>
    <message>
        <source>equity</source>
        <translation>حقوق الملكية</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <source>employee expenses</source>
        <translation>مصروفات الموظفين</translation>
    </message>
    <message>
        <source>opening balances</source>
        <translation>الأرصدة الافتتاحية</translation>
    </message>
    <message>
        <source>reminder fees</source>
        <translation>رسوم التذكير</translation>
    </message>
    <message>
        <source>exchange rate differences</source>
        <translation>فروق أسعار الصرف</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>نظامي: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>&amp;فتح مجددًا</translation>
    </message>
    <message>
        <source>Posting uses this account: it stays open.</source>
        <translation>يستخدم الترحيل هذا الحساب: يبقى مفتوحًا.</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>أُضيف الحساب %1.</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>إعادة تسمية الحساب</translation>
    </message>
    <message>
        <source>New name of account %1:</source>
        <translation>الاسم الجديد للحساب %1:</translation>
    </message>
    <message>
        <source>Account %1 renamed.</source>
        <translation>أُعيدت تسمية الحساب %1.</translation>
    </message>
    <message>
        <source>Account %1 archived: refused in new entries, its history stays.</source>
        <translation>أُرشف الحساب %1: يُرفض في القيود الجديدة، ويبقى سجله.</translation>
    </message>
    <message>
        <source>Account %1 is open again.</source>
        <translation>الحساب %1 مفتوح مجددًا.</translation>
    </message>
</context>
<context>
    <name>CompanyTab</name>
    <message>
        <source>Company name</source>
        <translation>اسم الشركة</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>رمز البلد</translation>
    </message>
    <message>
        <source>ISO 3166 code of two letters, such as DE or RO: e-invoices need it (BT-40)</source>
        <translation>رمز ISO 3166 من حرفين، مثل DE أو RO: تحتاجه الفواتير الإلكترونية (BT-40)</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>رقم السجل التجاري</translation>
    </message>
    <message>
        <source>Bank account (IBAN)</source>
        <translation>الحساب البنكي (IBAN)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>The bank&apos;s BIC of 8 or 11 characters, such as BYLADEM1001 (BT-86)</source>
        <translation>رمز BIC للبنك من 8 أو 11 حرفًا، مثل BYLADEM1001 (BT-86)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>مدة السداد</translation>
    </message>
    <message>
        <source>Days until a new invoice is due</source>
        <translation>عدد الأيام حتى استحقاق الفاتورة الجديدة</translation>
    </message>
    <message>
        <source>Company language</source>
        <translation>لغة الشركة</translation>
    </message>
    <message>
        <source>The language of documents for parties that have none of their own</source>
        <translation>لغة المستندات للجهات التي ليس لها لغة خاصة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Currency of the books</source>
        <translation>عملة الدفاتر</translation>
    </message>
    <message>
        <source>The currency the books are kept in: chosen once, when the books start</source>
        <translation>عملة الدفاتر: تُختار مرة واحدة عند بدء الدفاتر</translation>
    </message>
    <message>
        <source>The sender below is used only where the Mail server tab leaves From name, From address or Reply-To empty.</source>
        <translation>يُستخدم المرسل أدناه فقط حيث يترك تبويب «خادم البريد» اسم المرسل أو عنوان المرسل أو «الرد إلى» فارغًا.</translation>
    </message>
    <message>
        <source>Used when the Mail server tab names no From address</source>
        <translation>يُستخدم إذا لم يحدد تبويب «خادم البريد» عنوان المرسل</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>اسم المرسل</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>عنوان المرسل</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>الرد إلى</translation>
    </message>
    <message>
        <source>Used when neither the document, the sending user&apos;s card nor the Mail server tab names one</source>
        <translation>يُستخدم إذا لم يحدده المستند ولا بطاقة المستخدم المرسِل ولا تبويب «خادم البريد»</translation>
    </message>
    <message>
        <source>E-invoices (Factur-X, XRechnung, Peppol, RO e-Factura) name the company&apos;s contact telephone and the address where it receives e-invoices.</source>
        <translation>تذكر الفواتير الإلكترونية (Factur-X وXRechnung وPeppol وRO e-Factura) هاتف جهة الاتصال في الشركة والعنوان الذي تتلقى عليه الفواتير الإلكترونية.</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>The contact&apos;s telephone, with at least three digits (BT-42)</source>
        <translation>هاتف جهة الاتصال، بثلاثة أرقام على الأقل (BT-42)</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>العنوان الإلكتروني</translation>
    </message>
    <message>
        <source>Where the company receives e-invoices (BT-34): an email address or a Peppol id; empty: the sender address</source>
        <translation>حيث تتلقى الشركة الفواتير الإلكترونية (BT-34): عنوان بريد إلكتروني أو معرّف Peppol؛ إن تُرك فارغًا: عنوان المرسل</translation>
    </message>
    <message>
        <source>Address scheme</source>
        <translation>مخطط العنوان</translation>
    </message>
    <message>
        <source>EM for an email address, else the EAS code of the id, such as 9930</source>
        <translation>EM لعنوان البريد الإلكتروني، وإلا فرمز EAS للمعرّف، مثل 9930</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>معاينة الشعار</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>اختيار ال&amp;شعار…</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>اختر شعارًا</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>إزالة الشعار</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>إزالة الشعار</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture of at most %1 KB; it prints at the top of documents.</source>
        <translation>صورة PNG أو JPEG لا يتجاوز حجمها %1 كيلوبايت؛ تُطبع أعلى المستندات.</translation>
    </message>
    <message>
        <source>Problem with the logo</source>
        <translation>مشكلة في الشعار</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>مشكلة في %1</translation>
    </message>
    <message>
        <source>the picture cannot be read; save it again as PNG or JPEG</source>
        <translation>تتعذر قراءة الصورة؛ احفظها مجددًا بصيغة PNG أو JPEG</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذر قراءة %1: %2</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>اختر شعار الشركة</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>لا يوجد شعار</translation>
    </message>
</context>
<context>
    <name>ContactChoice</name>
    <message>
        <source>Contact person</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Printed as “Attn.” on the copy; the email goes to this person&apos;s addresses</source>
        <translation>يُطبع على المستند بعبارة «عناية»؛ ويُرسل البريد إلى عناوين هذا الشخص</translation>
    </message>
    <message>
        <source>No contact person</source>
        <translation>بلا جهة اتصال</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>LedgerPost ran into a bug</source>
        <translation>واجه LedgerPost خللاً</translation>
    </message>
    <message>
        <source>Something went wrong inside LedgerPost: what you were doing may not have finished, and what was saved before stays saved.</source>
        <translation>حدث خطأ داخل LedgerPost: ربما لم يكتمل ما كنت تفعله، وما حُفظ من قبل يبقى محفوظاً.</translation>
    </message>
    <message>
        <source>The log file is %1.</source>
        <translation>ملف السجل هو %1.</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>تعذّرت كتابة ملف السجل.</translation>
    </message>
    <message>
        <source>Please send this report to whoever supports LedgerPost.</source>
        <translation>يُرجى إرسال هذا التقرير إلى من يتولّى دعم LedgerPost.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation>إشعار دائن للفاتورة %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Lines to credit</source>
        <translation>البنود المراد إضافتها إلى الإشعار</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>الضريبة %</translation>
    </message>
    <message>
        <source>Make the credit note</source>
        <translation>إنشاء الإشعار الدائن</translation>
    </message>
    <message>
        <source>Tick the lines to credit; quantities can be changed in the draft.</source>
        <translation>حدّد البنود المراد إضافتها؛ يمكن تغيير الكميات في المسودة.</translation>
    </message>
    <message>
        <source>This invoice cannot be credited.</source>
        <translation>لا يمكن إصدار إشعار دائن لهذه الفاتورة.</translation>
    </message>
    <message>
        <source>Invoice %1, total %2; left to credit %3 %4</source>
        <translation>الفاتورة %1، الإجمالي %2؛ المتبقي للإشعار %3 %4</translation>
    </message>
    <message>
        <source>To credit: %1 %2</source>
        <translation>المبلغ الدائن: %1 %2</translation>
    </message>
    <message>
        <source>Tick at least one line.</source>
        <translation>حدّد بندًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>That is more than is left to credit; take fewer lines, or lower a quantity in the draft.</source>
        <translation>هذا أكثر من المتبقي للإشعار؛ خذ بنودًا أقل أو خفّض كمية في المسودة.</translation>
    </message>
</context>
<context>
    <name>CreditedInvoice</name>
    <message>
        <source>Credits invoice</source>
        <translation>يصحّح الفاتورة</translation>
    </message>
    <message>
        <source>The posted invoice this credit note corrects</source>
        <translation>الفاتورة المرحّلة التي يصحّحها هذا الإشعار الدائن</translation>
    </message>
    <message>
        <source>Choose the invoice…</source>
        <translation>اختر الفاتورة…</translation>
    </message>
    <message>
        <source>%1 of %2 · left to credit %3 %4</source>
        <translation>%1 بتاريخ %2 · المتبقي للإشعار %3 %4</translation>
    </message>
</context>
<context>
    <name>CreditsPage</name>
    <message>
        <source>Message credits</source>
        <translation>رصيد الرسائل</translation>
    </message>
    <message>
        <source>Credits left</source>
        <translation>الرصيد المتبقي</translation>
    </message>
    <message>
        <source>credits left · one is spent for each message the server accepts</source>
        <translation>رصيد متبقٍ · تُخصم رسالة واحدة عن كل رسالة يقبلها الخادم</translation>
    </message>
    <message>
        <source>Credits to add</source>
        <translation>الرصيد المراد إضافته</translation>
    </message>
    <message>
        <source>Invoice or receipt number of the purchase</source>
        <translation>رقم فاتورة الشراء أو إيصاله</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Add credits</source>
        <translation>شحن الرصيد</translation>
    </message>
    <message>
        <source>Credits:</source>
        <translation>الرصيد:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>المرجع:</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>شحن</translation>
    </message>
    <message>
        <source>Only a user with the right to manage credits can top up.</source>
        <translation>لا يشحن الرصيد إلا مستخدم له صلاحية إدارة الرصيد.</translation>
    </message>
    <message>
        <source>Credit history</source>
        <translation>سجل الرصيد</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait for credits and go as soon as you top up.</source>
        <translation>
            <numerusform>لا رسائل (%n) تنتظر الرصيد.</numerusform>
            <numerusform>رسالة واحدة (%n) تنتظر الرصيد وتُرسل فور الشحن.</numerusform>
            <numerusform>رسالتان (%n) تنتظران الرصيد وتُرسلان فور الشحن.</numerusform>
            <numerusform>%n رسائل تنتظر الرصيد وتُرسل فور الشحن.</numerusform>
            <numerusform>%n رسالة تنتظر الرصيد وتُرسل فور الشحن.</numerusform>
            <numerusform>%n رسالة تنتظر الرصيد وتُرسل فور الشحن.</numerusform>
        </translation>
    </message>
    <message>
        <source>One package: %1 credits for %2 %3.</source>
        <translation>الحزمة الواحدة: %1 رسالة مقابل %2 %3.</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>الرسالة %1</translation>
    </message>
    <message>
        <source>Trial credits</source>
        <translation>رصيد تجريبي</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>شحن</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>رسالة مرسلة</translation>
    </message>
    <message>
        <source>Add %1 credits with the reference “%2”? Credit entries are kept for good.</source>
        <translation>إضافة %1 رسالة إلى الرصيد بالمرجع «%2»؟ تُحفظ قيود الرصيد بشكل دائم.</translation>
    </message>
    <message>
        <source>Added %1 credits. The balance is now %2.</source>
        <translation>أُضيفت %1 رسالة. الرصيد الآن %2.</translation>
    </message>
</context>
<context>
    <name>CurrencyChoice</name>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
</context>
<context>
    <name>DeclaredField</name>
    <message>
        <source>Problem with %1</source>
        <translation>مشكلة في %1</translation>
    </message>
</context>
<context>
    <name>DeliveryStatusLabel</name>
    <message>
        <source>Mail status</source>
        <translation>حالة البريد</translation>
    </message>
    <message>
        <source>Mail: no server set</source>
        <translation>البريد: لم يُحدد خادم</translation>
    </message>
    <message>
        <source>Mail: offline</source>
        <translation>البريد: غير متصل</translation>
    </message>
    <message>
        <source>Mail: online</source>
        <translation>البريد: متصل</translation>
    </message>
    <message>
        <source>Mail: ready</source>
        <translation>البريد: جاهز</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>لا رسائل قيد الانتظار (%n)</numerusform>
            <numerusform>رسالة واحدة قيد الانتظار (%n)</numerusform>
            <numerusform>رسالتان قيد الانتظار (%n)</numerusform>
            <numerusform>%n رسائل قيد الانتظار</numerusform>
            <numerusform>%n رسالة قيد الانتظار</numerusform>
            <numerusform>%n رسالة قيد الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>next attempt in %1</source>
        <translation>المحاولة التالية بعد %1</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>لا شيء يحتاج إلى انتباه (%n)</numerusform>
            <numerusform>رسالة واحدة تحتاج إلى انتباه (%n)</numerusform>
            <numerusform>رسالتان تحتاجان إلى انتباه (%n)</numerusform>
            <numerusform>%n رسائل تحتاج إلى انتباه</numerusform>
            <numerusform>%n رسالة تحتاج إلى انتباه</numerusform>
            <numerusform>%n رسالة تحتاج إلى انتباه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) wait for you: open Settings</source>
        <translation>
            <numerusform>لا حسابات تنتظرك (%n): افتح الإعدادات</numerusform>
            <numerusform>حساب واحد ينتظرك (%n): افتح الإعدادات</numerusform>
            <numerusform>حسابان ينتظرانك (%n): افتح الإعدادات</numerusform>
            <numerusform>%n حسابات تنتظرك: افتح الإعدادات</numerusform>
            <numerusform>%n حساباً ينتظرك: افتح الإعدادات</numerusform>
            <numerusform>%n حساب ينتظرك: افتح الإعدادات</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisputeToggle</name>
    <message>
        <source>In &amp;dispute: no reminders for this invoice</source>
        <translation>&amp;متنازع عليها: لا تذكيرات لهذه الفاتورة</translation>
    </message>
    <message>
        <source>Left out of payment reminders until the box is cleared</source>
        <translation>مستبعدة من تذكيرات الدفع حتى يُلغى التحديد</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>ليست لديك صلاحية: %1</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Lines</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>حذف البند</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>الإجماليات</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save and print</source>
        <translation>حفظ وطباعة</translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation>حفظ وإرسال بريد إلكتروني</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>ترحيل</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Send by email…</source>
        <translation>إرسال بالبريد الإلكتروني…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>إشعار دائن…</translation>
    </message>
    <message>
        <source>A new credit note for lines of this invoice</source>
        <translation>إشعار دائن جديد لبنود هذه الفاتورة</translation>
    </message>
    <message>
        <source>Send to several…</source>
        <translation>إرسال إلى عدة جهات…</translation>
    </message>
    <message>
        <source>This letter to many parties, each numbered</source>
        <translation>هذه الرسالة إلى جهات عديدة، لكل منها رقمها</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>مسودة جديدة</translation>
    </message>
    <message>
        <source>Net %1   VAT %2   Total %3 %4</source>
        <translation>الصافي %1   الضريبة %2   الإجمالي %3 %4</translation>
    </message>
    <message>
        <source>Choose a party first.</source>
        <translation>اختر الجهة أولًا.</translation>
    </message>
</context>
<context>
    <name>DocumentHead</name>
    <message>
        <source>Party</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Email to</source>
        <translation>البريد إلى</translation>
    </message>
    <message>
        <source>empty: the contact person&apos;s addresses, else the card&apos;s</source>
        <translation>فارغ: عناوين جهة الاتصال، وإلا عناوين البطاقة</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>يصحّح الفاتورة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>سعر الصرف</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>%1 on account</source>
        <translation>%1 رصيد دائن</translation>
    </message>
    <message>
        <source>%1 · %2 open</source>
        <translation>%1 · %2 غير مدفوع</translation>
    </message>
</context>
<context>
    <name>DocumentRowActions</name>
    <message>
        <source>&amp;Credit note…</source>
        <translation>إشعار &amp;دائن…</translation>
    </message>
    <message>
        <source>&amp;Waive reminder fee…</source>
        <translation>&amp;إعفاء من رسم التذكير…</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>ليست لديك صلاحية: %1</translation>
    </message>
    <message>
        <source>A new credit note for this invoice</source>
        <translation>إشعار دائن جديد لهذه الفاتورة</translation>
    </message>
    <message>
        <source>Credit back the reminder&apos;s fee</source>
        <translation>رد رسم التذكير بإشعار دائن</translation>
    </message>
    <message>
        <source>Waive %1 %2 of the fee of %3 to %4? A credit note of the fee is posted; the reminder stays as it was sent.</source>
        <translation>هل تريد الإعفاء من %1 %2 من رسم %3 إلى %4؟ يُرحَّل إشعار دائن بالرسم؛ ويبقى التذكير كما أُرسل.</translation>
    </message>
    <message>
        <source>Waive reminder fee</source>
        <translation>الإعفاء من رسم التذكير</translation>
    </message>
    <message>
        <source>&amp;Waive fee</source>
        <translation>&amp;إعفاء من الرسم</translation>
    </message>
    <message>
        <source>Nothing of the fee was open any more.</source>
        <translation>لم يعد أي جزء من الرسم مستحقًا.</translation>
    </message>
    <message>
        <source>%1 waives the fee of %2.</source>
        <translation>%1 يعفي من رسم %2.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>e.g. 5-17</source>
        <translation>مثال: 5-17</translation>
    </message>
    <message>
        <source>Number range</source>
        <translation>نطاق الأرقام</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>كل الجهات</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Any email state</source>
        <translation>أي حالة للبريد</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <source>Invoices by where they stand with their payment today</source>
        <translation>الفواتير حسب حالة دفعها اليوم</translation>
    </message>
    <message>
        <source>Any payment state</source>
        <translation>أي حالة دفع</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>مستند جديد</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>No documents to show. Change the filters above, or create one with New…</source>
        <translation>لا توجد مستندات للعرض. غيّر عوامل التصفية أعلاه، أو أنشئ مستندًا بزر «جديد…».</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>ينتهي نطاق التاريخ قبل أن يبدأ.</translation>
    </message>
    <message>
        <source>No party is called %1.</source>
        <translation>لا توجد جهة باسم %1.</translation>
    </message>
</context>
<context>
    <name>EInvoiceFields</name>
    <message>
        <source>E-invoices</source>
        <translation>الفواتير الإلكترونية</translation>
    </message>
    <message>
        <source>The customer&apos;s VAT id with its country letters, such as DE123456789</source>
        <translation>الرقم الضريبي للعميل مع حرفي بلده، مثل DE123456789</translation>
    </message>
    <message>
        <source>&amp;VAT id</source>
        <translation>الرقم ال&amp;ضريبي</translation>
    </message>
    <message>
        <source>What e-invoices still need</source>
        <translation>ما ينقص الفواتير الإلكترونية بعد</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>مشكلة في %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>%1 (unknown code)</source>
        <translation>%1 (رمز غير معروف)</translation>
    </message>
    <message>
        <source>The country as an e-invoice names it (ISO code, e.g. DE for Germany)</source>
        <translation>البلد كما تسميه الفاتورة الإلكترونية (رمز ISO، مثل DE لألمانيا)</translation>
    </message>
    <message>
        <source>Countr&amp;y code</source>
        <translation>&amp;رمز البلد</translation>
    </message>
    <message>
        <source>The buyer reference (BT-10) their invoices must carry. For a German public buyer this is its Leitweg-ID (such as 991-01234-44), which XRechnung requires.</source>
        <translation>مرجع المشتري (BT-10) الذي يجب أن تحمله فواتيره. لدى جهة حكومية ألمانية هو معرّف Leitweg-ID الخاص بها (مثل 991-01234-44)، وتشترطه XRechnung.</translation>
    </message>
    <message>
        <source>&amp;Buyer reference (Leitweg-ID)</source>
        <translation>مرجع ال&amp;مشتري (Leitweg-ID)</translation>
    </message>
    <message>
        <source>Where the customer receives e-invoices (BT-49): a Peppol id or an email address; empty: the billing email address is used</source>
        <translation>المكان الذي يستلم فيه العميل الفواتير الإلكترونية (BT-49): معرّف Peppol أو عنوان بريد إلكتروني؛ إن كان فارغًا يُستخدم بريد الفواتير</translation>
    </message>
    <message>
        <source>&amp;Electronic address</source>
        <translation>العنوان الإل&amp;كتروني</translation>
    </message>
    <message>
        <source>(email, the default)</source>
        <translation>(البريد الإلكتروني، الافتراضي)</translation>
    </message>
    <message>
        <source>Email address (EM)</source>
        <translation>عنوان بريد إلكتروني (EM)</translation>
    </message>
    <message>
        <source>Leitweg-ID (0204)</source>
        <translation>Leitweg-ID (0204)</translation>
    </message>
    <message>
        <source>German VAT id (9930)</source>
        <translation>رقم ضريبي ألماني (9930)</translation>
    </message>
    <message>
        <source>GLN, global location number (0088)</source>
        <translation>GLN، رقم الموقع العالمي (0088)</translation>
    </message>
    <message>
        <source>DUNS number (0060)</source>
        <translation>رقم DUNS (0060)</translation>
    </message>
    <message>
        <source>French VAT id (9957)</source>
        <translation>رقم ضريبي فرنسي (9957)</translation>
    </message>
    <message>
        <source>What kind of address the electronic address is</source>
        <translation>نوع العنوان الإلكتروني</translation>
    </message>
    <message>
        <source>Address &amp;scheme</source>
        <translation>م&amp;خطط العنوان</translation>
    </message>
    <message>
        <source>Automatic (Factur-X with a VAT id, else none)</source>
        <translation>تلقائي (Factur-X مع رقم ضريبي، وإلا لا شيء)</translation>
    </message>
    <message>
        <source>How this customer&apos;s invoices go out as structured data, beside the print</source>
        <translation>كيف تُرسل فواتير هذا العميل بيانات منظمة إلى جانب النسخة المطبوعة</translation>
    </message>
    <message>
        <source>E-invoice &amp;format</source>
        <translation>&amp;صيغة الفاتورة الإلكترونية</translation>
    </message>
    <message>
        <source>No e-invoice: invoices go out as print copies only.</source>
        <translation>لا فاتورة إلكترونية: تُرسل الفواتير نسخًا مطبوعة فقط.</translation>
    </message>
    <message>
        <source>The card has what %1 needs.</source>
        <translation>في البطاقة ما تحتاجه %1.</translation>
    </message>
    <message>
        <source>For %1 still missing: %2</source>
        <translation>ما زال ينقص لـ %1: %2</translation>
    </message>
    <message>
        <source>None (print copy only)</source>
        <translation>لا شيء (نسخة مطبوعة فقط)</translation>
    </message>
    <message>
        <source>Factur-X (PDF with the invoice data inside)</source>
        <translation>Factur-X (ملف PDF بداخله بيانات الفاتورة)</translation>
    </message>
    <message>
        <source>XRechnung (CII)</source>
        <translation>XRechnung (CII)</translation>
    </message>
    <message>
        <source>XRechnung (UBL)</source>
        <translation>XRechnung (UBL)</translation>
    </message>
    <message>
        <source>Peppol BIS Billing (UBL)</source>
        <translation>Peppol BIS Billing (UBL)</translation>
    </message>
    <message>
        <source>RO e-Factura (CIUS-RO, UBL)</source>
        <translation>RO e-Factura (CIUS-RO, UBL)</translation>
    </message>
</context>
<context>
    <name>EInvoiceLine</name>
    <message>
        <source>Factur-X</source>
        <translation>Factur-X</translation>
    </message>
    <message>
        <source>XRechnung</source>
        <translation>XRechnung</translation>
    </message>
    <message>
        <source>Peppol BIS</source>
        <translation>Peppol BIS</translation>
    </message>
    <message>
        <source>RO e-Factura</source>
        <translation>RO e-Factura</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>الفاتورة الإلكترونية</translation>
    </message>
    <message>
        <source>%1 inside the print copy, validated ✓</source>
        <translation>%1 داخل نسخة الطباعة، تم التحقق منه ✓</translation>
    </message>
    <message>
        <source>%1 attached, validated ✓</source>
        <translation>%1 مرفق، تم التحقق منه ✓</translation>
    </message>
    <message>
        <source>%1 not attached, because:</source>
        <translation>%1 غير مرفق، للأسباب التالية:</translation>
    </message>
    <message>
        <source>The message can still go, without the e-invoice.</source>
        <translation>لا يزال بالإمكان إرسال الرسالة، دون الفاتورة الإلكترونية.</translation>
    </message>
    <message>
        <source>The e-invoice could not be checked: %1</source>
        <translation>تعذّر التحقق من الفاتورة الإلكترونية: %1</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;Open ledger…</source>
        <translation>&amp;فتح الدفاتر…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;نسخ احتياطي…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>ا&amp;ستيراد من ملف…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>LedgerPost could not be started on that ledger.</source>
        <translation>تعذّر تشغيل LedgerPost على هذه الدفاتر.</translation>
    </message>
    <message>
        <source>Back up the ledger</source>
        <translation>نسخ الدفتر احتياطيًا</translation>
    </message>
    <message>
        <source>Backups (*.ledgerpost)</source>
        <translation>النسخ الاحتياطية (*.ledgerpost)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1, but the check found %n problem(s): run Check.</source>
        <translation>
            <numerusform>نُسخ احتياطيًا إلى %1، لكن الفحص لم يجد مشكلات (%n): شغّل الفحص.</numerusform>
            <numerusform>نُسخ احتياطيًا إلى %1، لكن الفحص وجد مشكلة واحدة (%n): شغّل الفحص.</numerusform>
            <numerusform>نُسخ احتياطيًا إلى %1، لكن الفحص وجد مشكلتين (%n): شغّل الفحص.</numerusform>
            <numerusform>نُسخ احتياطيًا إلى %1، لكن الفحص وجد %n مشكلات: شغّل الفحص.</numerusform>
            <numerusform>نُسخ احتياطيًا إلى %1، لكن الفحص وجد %n مشكلة: شغّل الفحص.</numerusform>
            <numerusform>نُسخ احتياطيًا إلى %1، لكن الفحص وجد %n مشكلة: شغّل الفحص.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up to %1 and checked.</source>
        <translation>نُسخ احتياطيًا إلى %1 وفُحص.</translation>
    </message>
</context>
<context>
    <name>GeneralLedgerDialog</name>
    <message>
        <source>General ledger: %1 %2</source>
        <translation>دفتر الأستاذ: %1 %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>مدين</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>دائن</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>الرصيد الافتتاحي</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>الرصيد الختامي</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the general ledger as PDF</source>
        <translation>حفظ دفتر الأستاذ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظ في %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from a file</source>
        <translation>استيراد من ملف</translation>
    </message>
    <message>
        <source>Cards: customers, suppliers, employees (CSV)</source>
        <translation>بطاقات: العملاء والموردون والموظفون (CSV)</translation>
    </message>
    <message>
        <source>Documents: invoices, credit notes, opening items (CSV or JSON)</source>
        <translation>مستندات: فواتير وإشعارات دائنة وأرصدة افتتاحية (CSV أو JSON)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>&amp;Post the documents (numbered and final)</source>
        <translation>&amp;ترحيل المستندات (مرقمة ونهائية)</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>يحتوي الملف على</translation>
    </message>
    <message>
        <source>Choose a file, then Check: nothing is written until Import.</source>
        <translation>اختر ملفًا ثم «تحقق»: لا يُكتب شيء قبل الاستيراد.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;تحقق</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV or JSON (*.csv *.json)</source>
        <translation>CSV أو JSON (*.csv *.json)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>New cards: %1, updated: %2, unchanged: %3.</source>
        <translation>بطاقات جديدة: %1، معدلة: %2، دون تغيير: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) created.</source>
        <translation>
            <numerusform>تم إنشاء %n مستند.</numerusform>
            <numerusform>تم إنشاء %n مستند.</numerusform>
            <numerusform>تم إنشاء %n مستند.</numerusform>
            <numerusform>تم إنشاء %n مستند.</numerusform>
            <numerusform>تم إنشاء %n مستند.</numerusform>
            <numerusform>تم إنشاء %n مستند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) pass every check.</source>
        <translation>
            <numerusform>%n مستند اجتاز كل التحققات.</numerusform>
            <numerusform>%n مستند اجتاز كل التحققات.</numerusform>
            <numerusform>%n مستند اجتاز كل التحققات.</numerusform>
            <numerusform>%n مستند اجتاز كل التحققات.</numerusform>
            <numerusform>%n مستند اجتاز كل التحققات.</numerusform>
            <numerusform>%n مستند اجتاز كل التحققات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was written. Mend the file and check again.</source>
        <translation>
            <numerusform>%n مشكلة: لم يُكتب شيء. أصلح الملف وتحقق مجددًا.</numerusform>
            <numerusform>%n مشكلة: لم يُكتب شيء. أصلح الملف وتحقق مجددًا.</numerusform>
            <numerusform>%n مشكلة: لم يُكتب شيء. أصلح الملف وتحقق مجددًا.</numerusform>
            <numerusform>%n مشكلة: لم يُكتب شيء. أصلح الملف وتحقق مجددًا.</numerusform>
            <numerusform>%n مشكلة: لم يُكتب شيء. أصلح الملف وتحقق مجددًا.</numerusform>
            <numerusform>%n مشكلة: لم يُكتب شيء. أصلح الملف وتحقق مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import.</source>
        <translation>لا يُكتب شيء حتى تختار «استيراد».</translation>
    </message>
</context>
<context>
    <name>JournalEntriesBox</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>العكس</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>القيود اليومية</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;ترحيل</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;حذف المسودة</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>&amp;عكس…</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>مرحّل</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n قيد</numerusform>
            <numerusform>قيد واحد (%n)</numerusform>
            <numerusform>قيدان (%n)</numerusform>
            <numerusform>%n قيود</numerusform>
            <numerusform>%n قيداً</numerusform>
            <numerusform>%n قيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n draft(s) not posted yet</source>
        <translation>
            <numerusform>; %n مسودة لم تُرحَّل بعد</numerusform>
            <numerusform>; مسودة واحدة لم تُرحَّل بعد (%n)</numerusform>
            <numerusform>; مسودتان لم تُرحَّلا بعد (%n)</numerusform>
            <numerusform>; %n مسودات لم تُرحَّل بعد</numerusform>
            <numerusform>; %n مسودةً لم تُرحَّل بعد</numerusform>
            <numerusform>; %n مسودة لم تُرحَّل بعد</numerusform>
        </translation>
    </message>
    <message>
        <source>reverses %1</source>
        <translation>يعكس %1</translation>
    </message>
    <message>
        <source>reversed by %1</source>
        <translation>عُكس بالقيد %1</translation>
    </message>
    <message>
        <source>Delete the draft entry “%1”? It never counted in the books.</source>
        <translation>حذف مسودة القيد «%1»؟ لم تُحتسب في الدفاتر قط.</translation>
    </message>
    <message>
        <source>Draft entry deleted.</source>
        <translation>تم حذف مسودة القيد.</translation>
    </message>
    <message>
        <source>Post an entry dated today that undoes %1?</source>
        <translation>ترحيل قيد بتاريخ اليوم يلغي %1؟</translation>
    </message>
    <message>
        <source>Journal entry %1 posted.</source>
        <translation>تم ترحيل القيد %1.</translation>
    </message>
</context>
<context>
    <name>JournalEntryDialog</name>
    <message>
        <source>New journal entry</source>
        <translation>قيد جديد</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>مدين</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>دائن</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>إضافة &amp;سطر</translation>
    </message>
    <message>
        <source>&amp;Post now (the entry cannot change afterwards)</source>
        <translation>&amp;ترحيل الآن (لا يمكن تغييره بعد ذلك)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;التاريخ</translation>
    </message>
    <message>
        <source>De&amp;scription</source>
        <translation>ال&amp;وصف</translation>
    </message>
    <message>
        <source>Line %1: an amount is not a number.</source>
        <translation>السطر %1: أحد المبالغ ليس رقمًا.</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Language of the window</source>
        <translation>لغة النافذة</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <source>Problem with the language</source>
        <translation>مشكلة في اللغة</translation>
    </message>
    <message>
        <source>Menus, pages and dialogs speak this language; Arabic also turns the window right to left. Documents and messages go out in each customer&apos;s own language.</source>
        <translation>تظهر القوائم والصفحات ومربعات الحوار بهذه اللغة؛ والعربية تجعل النافذة من اليمين إلى اليسار. تُرسل المستندات والرسائل بلغة كل عميل.</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>&amp;لغة النافذة:</translation>
    </message>
</context>
<context>
    <name>LetterBatchDialog</name>
    <message>
        <source>Send a letter to several</source>
        <translation>إرسال رسالة إلى عدة جهات</translation>
    </message>
    <message>
        <source>Letter: %1</source>
        <translation>الرسالة: %1</translation>
    </message>
    <message>
        <source>%v of %m letters</source>
        <translation>%v من %m رسائل</translation>
    </message>
    <message>
        <source>Choose the recipients, then Preview.</source>
        <translation>اختر المستلمين، ثم المعاينة.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>مكتوبة بـ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Letters to send</source>
        <translation>الرسائل المراد إرسالها</translation>
    </message>
    <message>
        <source>Why no letter</source>
        <translation>سبب عدم الإرسال</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>المستبعدون</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;معاينة</translation>
    </message>
    <message>
        <source>&amp;Send letters</source>
        <translation>&amp;إرسال الرسائل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>A batch being sent goes on in the background</source>
        <translation>تستمر الدفعة قيد الإرسال في الخلفية</translation>
    </message>
    <message>
        <source>The recipients changed: Preview again before sending.</source>
        <translation>تغيّر المستلمون: عاين مرة أخرى قبل الإرسال.</translation>
    </message>
    <message>
        <source>Looking at every card chosen…</source>
        <translation>جارٍ فحص كل البطاقات المختارة…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) to send</source>
        <translation>
            <numerusform>%n رسالة للإرسال</numerusform>
            <numerusform>رسالة واحدة للإرسال (%n)</numerusform>
            <numerusform>رسالتان للإرسال (%n)</numerusform>
            <numerusform>%n رسائل للإرسال</numerusform>
            <numerusform>%n رسالة للإرسال</numerusform>
            <numerusform>%n رسالة للإرسال</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter to send to the cards chosen</source>
        <translation>لا رسالة لإرسالها إلى البطاقات المختارة</translation>
    </message>
    <message numerus="yes">
        <source>cost: %n credit(s)</source>
        <translation>
            <numerusform>التكلفة: %n رصيد</numerusform>
            <numerusform>التكلفة: رصيد واحد (%n)</numerusform>
            <numerusform>التكلفة: رصيدان (%n)</numerusform>
            <numerusform>التكلفة: %n أرصدة</numerusform>
            <numerusform>التكلفة: %n رصيدًا</numerusform>
            <numerusform>التكلفة: %n رصيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>available: %n credit(s)</source>
        <translation>
            <numerusform>المتاح: %n رصيد</numerusform>
            <numerusform>المتاح: رصيد واحد (%n)</numerusform>
            <numerusform>المتاح: رصيدان (%n)</numerusform>
            <numerusform>المتاح: %n أرصدة</numerusform>
            <numerusform>المتاح: %n رصيدًا</numerusform>
            <numerusform>المتاح: %n رصيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will wait until credits are added.</source>
        <translation>
            <numerusform>ستنتظر %n رسالة حتى تُضاف أرصدة.</numerusform>
            <numerusform>ستنتظر رسالة واحدة حتى تُضاف أرصدة. (%n)</numerusform>
            <numerusform>ستنتظر رسالتان حتى تُضاف أرصدة. (%n)</numerusform>
            <numerusform>ستنتظر %n رسائل حتى تُضاف أرصدة.</numerusform>
            <numerusform>ستنتظر %n رسالة حتى تُضاف أرصدة.</numerusform>
            <numerusform>ستنتظر %n رسالة حتى تُضاف أرصدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 sent again (cancelled before))</source>
        <translation>(%1 يُرسل مجددًا (أُلغي من قبل))</translation>
    </message>
    <message>
        <source>(%1, made before)</source>
        <translation>(%1، أُنشئت سابقًا)</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n card(s), with the reason</source>
        <translation>
            <numerusform>استُبعدت %n بطاقة، مع السبب</numerusform>
            <numerusform>استُبعدت بطاقة واحدة، مع السبب (%n)</numerusform>
            <numerusform>استُبعدت بطاقتان، مع السبب (%n)</numerusform>
            <numerusform>استُبعدت %n بطاقات، مع السبب</numerusform>
            <numerusform>استُبعدت %n بطاقة، مع السبب</numerusform>
            <numerusform>استُبعدت %n بطاقة، مع السبب</numerusform>
        </translation>
    </message>
    <message>
        <source>No card chosen is left out.</source>
        <translation>لم تُستبعد أي بطاقة مختارة.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) made and put in the outbox.</source>
        <translation>
            <numerusform>أُنشئت %n رسالة ووُضعت في صندوق الصادر.</numerusform>
            <numerusform>أُنشئت رسالة واحدة ووُضعت في صندوق الصادر. (%n)</numerusform>
            <numerusform>أُنشئت رسالتان ووُضعتا في صندوق الصادر. (%n)</numerusform>
            <numerusform>أُنشئت %n رسائل ووُضعت في صندوق الصادر.</numerusform>
            <numerusform>أُنشئت %n رسالة ووُضعت في صندوق الصادر.</numerusform>
            <numerusform>أُنشئت %n رسالة ووُضعت في صندوق الصادر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n card(s) were not reached. Preview and Send again to write to them; those who have the letter get none again.</source>
        <translation>
            <numerusform>توقف: لم يُوصل إلى %n بطاقة. عاين وأرسل مرة أخرى؛ من لديه الرسالة لا يتلقاها مجددًا.</numerusform>
            <numerusform>توقف: لم يُوصل إلى بطاقة واحدة. عاين وأرسل مرة أخرى؛ من لديه الرسالة لا يتلقاها مجددًا. (%n)</numerusform>
            <numerusform>توقف: لم يُوصل إلى بطاقتين. عاين وأرسل مرة أخرى؛ من لديه الرسالة لا يتلقاها مجددًا. (%n)</numerusform>
            <numerusform>توقف: لم يُوصل إلى %n بطاقات. عاين وأرسل مرة أخرى؛ من لديه الرسالة لا يتلقاها مجددًا.</numerusform>
            <numerusform>توقف: لم يُوصل إلى %n بطاقة. عاين وأرسل مرة أخرى؛ من لديه الرسالة لا يتلقاها مجددًا.</numerusform>
            <numerusform>توقف: لم يُوصل إلى %n بطاقة. عاين وأرسل مرة أخرى؛ من لديه الرسالة لا يتلقاها مجددًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n previewed letter(s) were not queued; Preview again to see why.</source>
        <translation>
            <numerusform>لم تُدرج %n رسالة معاينة؛ عاين مرة أخرى لمعرفة السبب.</numerusform>
            <numerusform>لم تُدرج رسالة واحدة معاينة؛ عاين مرة أخرى لمعرفة السبب. (%n)</numerusform>
            <numerusform>لم تُدرج رسالتان معاينتان؛ عاين مرة أخرى لمعرفة السبب. (%n)</numerusform>
            <numerusform>لم تُدرج %n رسائل معاينة؛ عاين مرة أخرى لمعرفة السبب.</numerusform>
            <numerusform>لم تُدرج %n رسالة معاينة؛ عاين مرة أخرى لمعرفة السبب.</numerusform>
            <numerusform>لم تُدرج %n رسالة معاينة؛ عاين مرة أخرى لمعرفة السبب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview again to see what is left.</source>
        <translation>عاين مرة أخرى لترى ما تبقى.</translation>
    </message>
</context>
<context>
    <name>LetterFields</name>
    <message>
        <source>Header</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>The subject, also of the email</source>
        <translation>الموضوع، وهو موضوع البريد أيضًا</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Dear customer,

A blank line starts a new paragraph.
- a line starting with a dash is an item of a list</source>
        <translation>عزيزي العميل،

السطر الفارغ يبدأ فقرة جديدة.
- السطر الذي يبدأ بشرطة هو بند في قائمة</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>الختام</translation>
    </message>
    <message>
        <source>e.g. Kind regards</source>
        <translation>مثلًا: مع أطيب التحيات</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>A user of the ledger, or any name typed here</source>
        <translation>مستخدم للدفتر أو أي اسم يُكتب هنا</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>لغة الخطاب</translation>
    </message>
    <message>
        <source>The print copy&apos;s labels and the email&apos;s words follow this language</source>
        <translation>تتبع تسميات المستند وكلمات البريد هذه اللغة</translation>
    </message>
    <message>
        <source>The party&apos;s language</source>
        <translation>لغة الطرف</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>ال&amp;نص</translation>
    </message>
    <message>
        <source>&amp;Closing</source>
        <translation>ال&amp;ختام</translation>
    </message>
    <message>
        <source>Si&amp;gned by</source>
        <translation>ال&amp;توقيع</translation>
    </message>
    <message>
        <source>&amp;Written in</source>
        <translation>&amp;لغة الخطاب</translation>
    </message>
</context>
<context>
    <name>LetterRecipients</name>
    <message>
        <source>Kind of card</source>
        <translation>نوع البطاقة</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Language of the card</source>
        <translation>لغة البطاقة</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <source>Filter the cards</source>
        <translation>تصفية البطاقات</translation>
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation>تصفية حسب الاسم أو الرمز</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>Check all shown</source>
        <translation>تحديد كل المعروض</translation>
    </message>
    <message>
        <source>Uncheck all shown</source>
        <translation>إلغاء تحديد كل المعروض</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) chosen</source>
        <translation>
            <numerusform>اختيرت %n بطاقة</numerusform>
            <numerusform>اختيرت بطاقة واحدة (%n)</numerusform>
            <numerusform>اختيرت بطاقتان (%n)</numerusform>
            <numerusform>اختيرت %n بطاقات</numerusform>
            <numerusform>اختيرت %n بطاقة</numerusform>
            <numerusform>اختيرت %n بطاقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>الضريبة %</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>إجمالي البند</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to LedgerPost</source>
        <translation>الدخول إلى LedgerPost</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;دخول</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>ا&amp;سم الدخول</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <source>Type your login name.</source>
        <translation>اكتب اسم الدخول.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>اسم الدخول أو كلمة المرور غير صحيحة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LedgerPost — %1</source>
        <translation>LedgerPost — %1</translation>
    </message>
    <message>
        <source>LedgerPost — no company yet</source>
        <translation>LedgerPost — لا توجد شركة بعد</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Mail status</source>
        <translation>حالة البريد</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>المستخدم الحالي</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New document…</source>
        <translation>مستند &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>ال&amp;بريد</translation>
    </message>
    <message>
        <source>Send by email…</source>
        <translation>إرسال بالبريد الإلكتروني…</translation>
    </message>
    <message>
        <source>&amp;Batch send…</source>
        <translation>إرسال م&amp;جموعة رسائل…</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>ليست لديك صلاحية: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>المستخدم: %1</translation>
    </message>
    <message>
        <source>Email queue</source>
        <translation>قائمة انتظار البريد</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>الرسائل المرسلة</translation>
    </message>
    <message>
        <source>Message credits</source>
        <translation>رصيد الرسائل</translation>
    </message>
    <message>
        <source>Ageing of open items</source>
        <translation>أعمار البنود المفتوحة</translation>
    </message>
    <message>
        <source>Payment &amp;reminders…</source>
        <translation>&amp;تذكيرات الدفع…</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>الدفاتر</translation>
    </message>
    <message>
        <source>VAT report</source>
        <translation>تقرير ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>Users and rights</source>
        <translation>المستخدمون والصلاحيات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>لا مستندات (%Ln)</numerusform>
            <numerusform>مستند واحد (%Ln)</numerusform>
            <numerusform>مستندان (%Ln)</numerusform>
            <numerusform>%Ln مستندات</numerusform>
            <numerusform>%Ln مستندًا</numerusform>
            <numerusform>%Ln مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
</context>
<context>
    <name>MessagePane</name>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>A few words of your own, shown above the message</source>
        <translation>بضع كلمات منك تظهر أعلى الرسالة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Greeting and signature</source>
        <translation>التحية والتوقيع</translation>
    </message>
    <message>
        <source>&amp;Note (goes on top)</source>
        <translation>&amp;ملاحظة (تظهر في الأعلى)</translation>
    </message>
    <message>
        <source>&amp;Message (changes apply to this send only)</source>
        <translation>الر&amp;سالة (التعديلات لهذا الإرسال فقط)</translation>
    </message>
</context>
<context>
    <name>MessageViewDialog</name>
    <message>
        <source>Message as sent — %1</source>
        <translation>الرسالة كما أُرسلت — %1</translation>
    </message>
    <message>
        <source>Message as it will be sent — %1</source>
        <translation>الرسالة كما ستُرسل — %1</translation>
    </message>
    <message>
        <source>%1 so far: the Date line is added when it is first sent</source>
        <translation>%1 حتى الآن: يُضاف سطر Date عند إرسالها لأول مرة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>نسخة</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>الرد إلى</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>when it is first sent</source>
        <translation>عند إرسالها لأول مرة</translation>
    </message>
    <message>
        <source>Blind copies travel only in the envelope, never in the text.</source>
        <translation>النسخ المخفية تُنقل في المغلف فقط ولا تظهر في النص أبدًا.</translation>
    </message>
    <message>
        <source>BCC (envelope only):</source>
        <translation>نسخة مخفية (في المغلف فقط):</translation>
    </message>
    <message>
        <source>The server&apos;s answer to each recipient</source>
        <translation>ردّ الخادم على كل مستلم</translation>
    </message>
    <message>
        <source>Server&apos;s answer:</source>
        <translation>ردّ الخادم:</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>التسليم:</translation>
    </message>
    <message>
        <source>What the report said</source>
        <translation>ما قاله التقرير</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>التقرير:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>All headers</source>
        <translation>كل الترويسات</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>المرفقات (%1)</translation>
    </message>
    <message>
        <source>%1 as handed to the server</source>
        <translation>%1 كما سُلّم إلى الخادم</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>حفظ كملف ‎.eml…</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>حفظ الرسالة</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>رسائل البريد (*.eml)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>تعذر حفظ الرسالة: %1</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <source>A &amp;bank account (receipts and payments can name it)</source>
        <translation>حساب &amp;مصرفي (يمكن للمقبوضات والمدفوعات تسميته)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>ال&amp;رقم</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;VAT code</source>
        <translation>رمز &amp;الضريبة</translation>
    </message>
</context>
<context>
    <name>OpenLedgerDialog</name>
    <message>
        <source>Open ledger</source>
        <translation>فتح الدفاتر</translation>
    </message>
    <message>
        <source>A ledger file on this computer</source>
        <translation>ملف دفاتر على هذا الحاسوب</translation>
    </message>
    <message>
        <source>A shared ledger on a PostgreSQL server</source>
        <translation>دفاتر مشتركة على خادم PostgreSQL</translation>
    </message>
    <message>
        <source>Ledger file</source>
        <translation>ملف الدفاتر</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Shared ledger address</source>
        <translation>عنوان الدفاتر المشتركة</translation>
    </message>
    <message>
        <source>The database password comes from the keyring (ledgerpost db-password) or from ~/.pgpass; never put it in the address.</source>
        <translation>تأتي كلمة مرور قاعدة البيانات من حافظة المفاتيح (ledgerpost db-password) أو من ‎~/.pgpass؛ لا تكتبها في العنوان أبدًا.</translation>
    </message>
    <message>
        <source>Ledger files (*.sqlite3);;All files (*)</source>
        <translation>ملفات الدفاتر (*.sqlite3);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>Name a ledger file, or the address of a shared ledger.</source>
        <translation>حدّد ملف دفاتر أو عنوان دفاتر مشتركة.</translation>
    </message>
    <message>
        <source>There is no ledger file at %1.</source>
        <translation>لا يوجد ملف دفاتر في %1.</translation>
    </message>
    <message>
        <source>This is not a database address; a shared ledger looks like %1.</source>
        <translation>هذا ليس عنوان قاعدة بيانات؛ عنوان الدفاتر المشتركة يبدو هكذا: %1.</translation>
    </message>
    <message>
        <source>The address holds a password: keep it in the keyring (ledgerpost db-password) or in ~/.pgpass, and give the address without it.</source>
        <translation>يحتوي العنوان على كلمة مرور: احفظها في حافظة المفاتيح (ledgerpost db-password) أو في ‎~/.pgpass، واكتب العنوان بدونها.</translation>
    </message>
    <message>
        <source>LedgerPost keeps shared ledgers on PostgreSQL (not %1): %2</source>
        <translation>يحفظ LedgerPost الدفاتر المشتركة على PostgreSQL (وليس %1): %2</translation>
    </message>
    <message>
        <source>Name the database at the end of the address: %1</source>
        <translation>اكتب اسم قاعدة البيانات في آخر العنوان: %1</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>رد الخادم</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>المحاولة التالية</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>أُضيف إلى القائمة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Email queue</source>
        <translation>قائمة انتظار البريد</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>كل الرسائل</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>تحتاج إلى انتباه</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>غير مؤكد</translation>
    </message>
    <message>
        <source>Will be tried again</source>
        <translation>ستُعاد المحاولة</translation>
    </message>
    <message>
        <source>Held (send later)</source>
        <translation>مؤجل (إرسال لاحق)</translation>
    </message>
    <message>
        <source>Waiting for credits</source>
        <translation>بانتظار الرصيد</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>عرض الرسائل</translation>
    </message>
    <message>
        <source>Sending accounts&apos; queues</source>
        <translation>طوابير حسابات الإرسال</translation>
    </message>
    <message>
        <source>No messages here. A document you send by email, alone or in a batch, waits in this queue until the mail server accepts it.</source>
        <translation>لا توجد رسائل هنا. المستند الذي ترسله بالبريد الإلكتروني، منفردًا أو ضمن مجموعة، ينتظر في هذه القائمة حتى يقبله خادم البريد.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Chosen message</source>
        <translation>الرسالة المحددة</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>تعذرت قراءة قائمة الانتظار: %1</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 messages</source>
        <translation>تُعرض أحدث %1 من أصل %2 رسالة</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>لا رسائل (%n)</numerusform>
            <numerusform>رسالة واحدة (%n)</numerusform>
            <numerusform>رسالتان (%n)</numerusform>
            <numerusform>%n رسائل</numerusform>
            <numerusform>%n رسالة</numerusform>
            <numerusform>%n رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages chosen</source>
        <translation>
            <numerusform>لم تُحدد رسائل (%n)</numerusform>
            <numerusform>حُددت رسالة واحدة (%n)</numerusform>
            <numerusform>حُددت رسالتان (%n)</numerusform>
            <numerusform>حُددت %n رسائل</numerusform>
            <numerusform>حُددت %n رسالة</numerusform>
            <numerusform>حُددت %n رسالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a message to see what the server said.</source>
        <translation>اختر رسالة لترى رد الخادم.</translation>
    </message>
</context>
<context>
    <name>PartiesModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>Search by name, code or address</source>
        <translation>البحث بالاسم أو الرمز أو العنوان</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>بطاقة جديدة</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Edit the chosen card</source>
        <translation>تعديل البطاقة المحددة</translation>
    </message>
    <message>
        <source>No cards to show. Add one with New…, or change the search.</source>
        <translation>لا توجد بطاقات للعرض. أضف بطاقة بزر «جديد…»، أو غيّر البحث.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;أرشفة</translation>
    </message>
    <message>
        <source>Hide the card from the pickers; its documents and history stay</source>
        <translation>إخفاء البطاقة من قوائم الاختيار؛ تبقى مستنداتها وسجلها</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>إظهار المؤرشفة</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>لا بطاقات (%n)</numerusform>
            <numerusform>بطاقة واحدة (%n)</numerusform>
            <numerusform>بطاقتان (%n)</numerusform>
            <numerusform>%n بطاقات</numerusform>
            <numerusform>%n بطاقة</numerusform>
            <numerusform>%n بطاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>إلغاء ال&amp;أرشفة</translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation>تمت أرشفة %1.</translation>
    </message>
    <message>
        <source>%1 is shown again.</source>
        <translation>يظهر %1 من جديد.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>حُفظ %1.</translation>
    </message>
</context>
<context>
    <name>PartyBalance</name>
    <message>
        <source>Open balance</source>
        <translation>الرصيد المفتوح</translation>
    </message>
    <message>
        <source>Open balance: nothing open</source>
        <translation>الرصيد المفتوح: لا شيء مفتوح</translation>
    </message>
    <message>
        <source>Open balance: %1</source>
        <translation>الرصيد المفتوح: %1</translation>
    </message>
    <message>
        <source>oldest overdue: %1, due %2</source>
        <translation>أقدم متأخرة: %1، استحقت في %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s) overdue)</source>
        <translation>
            <numerusform>(بلا تأخير، %n)</numerusform>
            <numerusform>(متأخرة يومًا واحدًا، %n)</numerusform>
            <numerusform>(متأخرة يومين، %n)</numerusform>
            <numerusform>(متأخرة %n أيام)</numerusform>
            <numerusform>(متأخرة %n يومًا)</numerusform>
            <numerusform>(متأخرة %n يوم)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyCopies</name>
    <message>
        <source>Copies of every message</source>
        <translation>نسخ من كل رسالة</translation>
    </message>
    <message>
        <source>Default C&amp;C</source>
        <translation>نسخة (&amp;CC) افتراضية</translation>
    </message>
    <message>
        <source>Default BCC</source>
        <translation>نسخة مخفية (BCC) افتراضية</translation>
    </message>
    <message>
        <source>e.g. accountant@example.com, separate with commas</source>
        <translation>مثلًا accountant@example.com، افصل بينها بفواصل</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>جديد: %1</translation>
    </message>
    <message>
        <source>Documents and messages go out in this language</source>
        <translation>تُرسل المستندات والرسائل بهذه اللغة</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>الر&amp;مز</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>ال&amp;شارع</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>الرمز ال&amp;بريدي</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>ال&amp;مدينة</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>الدو&amp;لة</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>يُستخدم لـ</translation>
    </message>
    <message>
        <source>Add &amp;address</source>
        <translation>إضافة &amp;عنوان</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>إزالة العنوان</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Email addresses (separate with commas)</source>
        <translation>عناوين البريد الإلكتروني (افصل بينها بفواصل)</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>إضافة &amp;شخص</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>إزالة الشخص</translation>
    </message>
    <message>
        <source>You may not see contact addresses: they read “hidden contact” here and stay as they are when you save.</source>
        <translation>لا يحق لك رؤية عناوين الاتصال: تظهر هنا «جهة اتصال مخفية» وتبقى كما هي عند الحفظ.</translation>
    </message>
    <message>
        <source>Send report…</source>
        <translation>إرسال التقرير…</translation>
    </message>
    <message>
        <source>Send statement…</source>
        <translation>إرسال كشف الحساب…</translation>
    </message>
    <message>
        <source>The statement of account for a period</source>
        <translation>كشف الحساب لفترة</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>لم يُحفظ شيء: %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password of %1</source>
        <translation>كلمة مرور %1</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>كلمة المرور ال&amp;جديدة</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>أ&amp;عد كتابتها</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>كلمة المرور ال&amp;حالية</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print copy</source>
        <translation>نسخة الطباعة</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>لا صفحات (%n)</numerusform>
            <numerusform>صفحة واحدة (%n)</numerusform>
            <numerusform>صفحتان (%n)</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problems before sending</source>
        <translation>مشكلات قبل الإرسال</translation>
    </message>
    <message>
        <source>Checking the message…</source>
        <translation>جارٍ فحص الرسالة…</translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation>جاهزة للإرسال.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ل&amp;صق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>تحديد الكل</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعادة الإعدادات الافتراضية</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>Send again</source>
        <translation>إرسال مجددًا</translation>
    </message>
    <message>
        <source>Send the chosen failed or uncertain messages again (same Message-ID)</source>
        <translation>إعادة إرسال الرسائل الفاشلة أو غير المؤكدة المحددة (بنفس Message-ID)</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>إرسال الآن</translation>
    </message>
    <message>
        <source>Send a held message without waiting</source>
        <translation>إرسال رسالة مؤجلة دون انتظار</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>إلغاء الإرسال</translation>
    </message>
    <message>
        <source>Do not send the chosen messages</source>
        <translation>عدم إرسال الرسائل المحددة</translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation>تعليم كمرسلة…</translation>
    </message>
    <message>
        <source>The customer has the message: record an uncertain one as sent</source>
        <translation>وصلت الرسالة إلى العميل: سجّل الرسالة غير المؤكدة كمرسلة</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>فتح المستند</translation>
    </message>
    <message>
        <source>View message</source>
        <translation>عرض الرسالة</translation>
    </message>
    <message>
        <source>The exact message as it went to the server</source>
        <translation>الرسالة كما أُرسلت إلى الخادم تمامًا</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be sent again.</source>
        <translation>
            <numerusform>لن تُعاد أي رسالة (%n).</numerusform>
            <numerusform>ستُعاد رسالة واحدة (%n).</numerusform>
            <numerusform>ستُعاد رسالتان (%n).</numerusform>
            <numerusform>ستُعاد %n رسائل.</numerusform>
            <numerusform>ستُعاد %n رسالة.</numerusform>
            <numerusform>ستُعاد %n رسالة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will go now.</source>
        <translation>
            <numerusform>لن تُرسل أي رسالة الآن (%n).</numerusform>
            <numerusform>ستُرسل رسالة واحدة الآن (%n).</numerusform>
            <numerusform>ستُرسل رسالتان الآن (%n).</numerusform>
            <numerusform>ستُرسل %n رسائل الآن.</numerusform>
            <numerusform>ستُرسل %n رسالة الآن.</numerusform>
            <numerusform>ستُرسل %n رسالة الآن.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will not be sent. They stay in the queue as cancelled.</source>
        <translation>
            <numerusform>لا رسائل ستُلغى (%n).</numerusform>
            <numerusform>لن تُرسل رسالة واحدة (%n)، وستبقى في القائمة كملغاة.</numerusform>
            <numerusform>لن تُرسل رسالتان (%n)، وستبقيان في القائمة كملغاتين.</numerusform>
            <numerusform>لن تُرسل %n رسائل، وستبقى في القائمة كملغاة.</numerusform>
            <numerusform>لن تُرسل %n رسالة، وستبقى في القائمة كملغاة.</numerusform>
            <numerusform>لن تُرسل %n رسالة، وستبقى في القائمة كملغاة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) cancelled.</source>
        <translation>
            <numerusform>لم تُلغَ أي رسالة (%n).</numerusform>
            <numerusform>أُلغيت رسالة واحدة (%n).</numerusform>
            <numerusform>أُلغيت رسالتان (%n).</numerusform>
            <numerusform>أُلغيت %n رسائل.</numerusform>
            <numerusform>أُلغيت %n رسالة.</numerusform>
            <numerusform>أُلغيت %n رسالة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>تعليم كمرسلة</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n message(s) as sent only if you know the customer received it (for example, they confirmed it).

It then counts as sent, one credit is spent for each, and it will not be sent again.</source>
        <translation>
            <numerusform>لا توجد رسائل لتعليمها (%n).

لا شيء يُخصم من الرصيد.</numerusform>
            <numerusform>علّم رسالة واحدة (%n) كمرسلة فقط إذا كنت تعلم أن العميل استلمها (مثلًا أكد ذلك).

عندها تُحسب مرسلة ويُخصم رصيد رسالة واحدة ولن تُرسل مجددًا.</numerusform>
            <numerusform>علّم رسالتين (%n) كمرسلتين فقط إذا كنت تعلم أن العميل استلمهما (مثلًا أكد ذلك).

عندها تُحسبان مرسلتين ويُخصم رصيد عن كل منهما ولن تُرسلا مجددًا.</numerusform>
            <numerusform>علّم %n رسائل كمرسلة فقط إذا كنت تعلم أن العميل استلمها (مثلًا أكد ذلك).

عندها تُحسب مرسلة ويُخصم رصيد عن كل منها ولن تُرسل مجددًا.</numerusform>
            <numerusform>علّم %n رسالة كمرسلة فقط إذا كنت تعلم أن العميل استلمها (مثلًا أكد ذلك).

عندها تُحسب مرسلة ويُخصم رصيد عن كل منها ولن تُرسل مجددًا.</numerusform>
            <numerusform>علّم %n رسالة كمرسلة فقط إذا كنت تعلم أن العميل استلمها (مثلًا أكد ذلك).

عندها تُحسب مرسلة ويُخصم رصيد عن كل منها ولن تُرسل مجددًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent.</source>
        <translation>
            <numerusform>لم تُسجل أي رسالة (%n).</numerusform>
            <numerusform>سُجلت رسالة واحدة (%n) كمرسلة.</numerusform>
            <numerusform>سُجلت رسالتان (%n) كمرسلتين.</numerusform>
            <numerusform>سُجلت %n رسائل كمرسلة.</numerusform>
            <numerusform>سُجلت %n رسالة كمرسلة.</numerusform>
            <numerusform>سُجلت %n رسالة كمرسلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>This message has not been put together yet: that happens when it is first sent.</source>
        <translation>لم تُجهَّز هذه الرسالة بعد: يحدث ذلك عند إرسالها أول مرة.</translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation>تعذرت قراءة الرسالة: %1</translation>
    </message>
</context>
<context>
    <name>RateField</name>
    <message>
        <source>Exchange rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <source>e.g. 1.0850</source>
        <translation>مثلًا 1.0850</translation>
    </message>
    <message>
        <source>How many units of the document&apos;s currency one unit of %1 buys</source>
        <translation>كم وحدة من عملة المستند تساوي وحدة واحدة من %1</translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>الأخير: %1</translation>
    </message>
    <message>
        <source> (= %1 %2)</source>
        <translation> (= %1 %2)</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Allocations</source>
        <translation>التخصيصات</translation>
    </message>
    <message>
        <source>&amp;Save and post</source>
        <translation>&amp;حفظ وترحيل</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>جديد: %1</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>الفواتير غير المدفوعة</translation>
    </message>
    <message>
        <source>Open invoices and fees it settles</source>
        <translation>الفواتير والرسوم المفتوحة التي يسددها</translation>
    </message>
    <message>
        <source>this receipt</source>
        <translation>هذا السند</translation>
    </message>
    <message>
        <source>this payment</source>
        <translation>هذه الدفعة</translation>
    </message>
    <message>
        <source>%1 stays on account as credit</source>
        <translation>يبقى %1 في الحساب رصيدًا دائنًا</translation>
    </message>
    <message>
        <source>Choose who the money is from or to.</source>
        <translation>اختر الجهة التي جاء منها المال أو ذهب إليها.</translation>
    </message>
    <message>
        <source>Type the amount, for example 150.00.</source>
        <translation>اكتب المبلغ، مثلًا 150.00.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>لم يُحفظ شيء: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation>&amp;تخصيص</translation>
    </message>
    <message>
        <source>Allocate what is still on account</source>
        <translation>خصص ما بقي في الحساب</translation>
    </message>
    <message>
        <source>Open invoices what is on account may settle</source>
        <translation>الفواتير غير المدفوعة التي يمكن أن يسددها الرصيد الدائن</translation>
    </message>
    <message>
        <source>%1 is on account as credit; no open invoice to settle.</source>
        <translation>%1 في الحساب رصيدًا دائنًا؛ لا فاتورة غير مدفوعة لتسديدها.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Payment reminders</source>
        <translation>تذكيرات الدفع</translation>
    </message>
    <message>
        <source>%v of %m customers</source>
        <translation>%v من %m عملاء</translation>
    </message>
    <message>
        <source>Reminders as of</source>
        <translation>التذكيرات حتى تاريخ</translation>
    </message>
    <message>
        <source>The day whose overdue invoices are reminded; paid since is never named</source>
        <translation>اليوم الذي يُذكَّر فيه بالفواتير المتأخرة؛ لا يُذكر ما دُفع بعده أبدًا</translation>
    </message>
    <message>
        <source>Reminders &amp;as of:</source>
        <translation>التذكيرات &amp;حتى تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation>حساب الإرسال</translation>
    </message>
    <message>
        <source>Every reminder of the run goes from this account</source>
        <translation>يُرسل كل تذكير في الجولة من هذا الحساب</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <source>The usual account</source>
        <translation>الحساب المعتاد</translation>
    </message>
    <message>
        <source>Choose the day, then Preview.</source>
        <translation>اختر اليوم، ثم معاينة.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>الرسم</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Reminders to send</source>
        <translation>التذكيرات المراد إرسالها</translation>
    </message>
    <message>
        <source>Why no reminder</source>
        <translation>لماذا لا يوجد تذكير</translation>
    </message>
    <message>
        <source>Customers left out</source>
        <translation>العملاء المستبعدون</translation>
    </message>
    <message>
        <source>&amp;Send reminders</source>
        <translation>&amp;إرسال التذكيرات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>A run being sent goes on in the background</source>
        <translation>تستمر الجولة الجاري إرسالها في الخلفية</translation>
    </message>
    <message>
        <source>The day changed: Preview again before sending.</source>
        <translation>تغيّر اليوم: اعرض المعاينة مجددًا قبل الإرسال.</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>ليست لديك صلاحية: %1</translation>
    </message>
    <message>
        <source>Looking at every customer&apos;s open invoices…</source>
        <translation>جارٍ فحص الفواتير المستحقة لكل عميل…</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) to send</source>
        <translation>
            <numerusform>لا تذكيرات (%n) للإرسال</numerusform>
            <numerusform>تذكير واحد (%n) للإرسال</numerusform>
            <numerusform>تذكيران (%n) للإرسال</numerusform>
            <numerusform>%n تذكيرات للإرسال</numerusform>
            <numerusform>%n تذكيرًا للإرسال</numerusform>
            <numerusform>%n تذكير للإرسال</numerusform>
        </translation>
    </message>
    <message>
        <source>open: %1</source>
        <translation>المستحق: %1</translation>
    </message>
    <message>
        <source>No reminder is due on this day</source>
        <translation>لا يستحق أي تذكير في هذا اليوم</translation>
    </message>
    <message numerus="yes">
        <source>cost: %n credit(s)</source>
        <translation>
            <numerusform>التكلفة: %n رصيد</numerusform>
            <numerusform>التكلفة: رصيد واحد (%n)</numerusform>
            <numerusform>التكلفة: رصيدان (%n)</numerusform>
            <numerusform>التكلفة: %n أرصدة</numerusform>
            <numerusform>التكلفة: %n رصيدًا</numerusform>
            <numerusform>التكلفة: %n رصيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>available: %n credit(s)</source>
        <translation>
            <numerusform>المتاح: %n</numerusform>
            <numerusform>المتاح: رسالة واحدة (%n)</numerusform>
            <numerusform>المتاح: رسالتان (%n)</numerusform>
            <numerusform>المتاح: %n رسائل</numerusform>
            <numerusform>المتاح: %n رسالة</numerusform>
            <numerusform>المتاح: %n رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will wait until credits are added.</source>
        <translation>
            <numerusform>لن تنتظر أي رسالة (%n) شحن الرصيد.</numerusform>
            <numerusform>ستنتظر رسالة واحدة (%n) حتى يُشحن الرصيد.</numerusform>
            <numerusform>ستنتظر رسالتان (%n) حتى يُشحن الرصيد.</numerusform>
            <numerusform>ستنتظر %n رسائل حتى يُشحن الرصيد.</numerusform>
            <numerusform>ستنتظر %n رسالة حتى يُشحن الرصيد.</numerusform>
            <numerusform>ستنتظر %n رسالة حتى يُشحن الرصيد.</numerusform>
        </translation>
    </message>
    <message>
        <source>copies:</source>
        <translation>نسخ:</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n customer(s), with the reason</source>
        <translation>
            <numerusform>المستبعدون: لا عملاء (%n)، مع السبب</numerusform>
            <numerusform>المستبعدون: عميل واحد (%n)، مع السبب</numerusform>
            <numerusform>المستبعدون: عميلان (%n)، مع السبب</numerusform>
            <numerusform>المستبعدون: %n عملاء، مع السبب</numerusform>
            <numerusform>المستبعدون: %n عميلًا، مع السبب</numerusform>
            <numerusform>المستبعدون: %n عميل، مع السبب</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer with overdue invoices is left out.</source>
        <translation>لا يُستبعد أي عميل لديه فواتير متأخرة.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) put in the outbox.</source>
        <translation>
            <numerusform>لم يوضع أي تذكير (%n) في صندوق الصادر.</numerusform>
            <numerusform>وُضع تذكير واحد (%n) في صندوق الصادر.</numerusform>
            <numerusform>وُضع تذكيران (%n) في صندوق الصادر.</numerusform>
            <numerusform>وُضعت %n تذكيرات في صندوق الصادر.</numerusform>
            <numerusform>وُضع %n تذكيرًا في صندوق الصادر.</numerusform>
            <numerusform>وُضع %n تذكير في صندوق الصادر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n customer(s) were not reached. Preview and Send again to remind them; those already reminded are left out.</source>
        <translation>
            <numerusform>توقف: لم يُبلغ أي عميل (%n). اعرض المعاينة وأرسل مجددًا لتذكيرهم؛ من ذُكِّر بالفعل يُستبعد.</numerusform>
            <numerusform>توقف: لم يُبلغ عميل واحد (%n). اعرض المعاينة وأرسل مجددًا لتذكيره؛ من ذُكِّر بالفعل يُستبعد.</numerusform>
            <numerusform>توقف: لم يُبلغ عميلان (%n). اعرض المعاينة وأرسل مجددًا لتذكيرهما؛ من ذُكِّر بالفعل يُستبعد.</numerusform>
            <numerusform>توقف: لم يُبلغ %n عملاء. اعرض المعاينة وأرسل مجددًا لتذكيرهم؛ من ذُكِّر بالفعل يُستبعد.</numerusform>
            <numerusform>توقف: لم يُبلغ %n عميلًا. اعرض المعاينة وأرسل مجددًا لتذكيرهم؛ من ذُكِّر بالفعل يُستبعد.</numerusform>
            <numerusform>توقف: لم يُبلغ %n عميل. اعرض المعاينة وأرسل مجددًا لتذكيرهم؛ من ذُكِّر بالفعل يُستبعد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n previewed reminder(s) were not queued (reminded meanwhile, or the message could not be made); Preview again to see why.</source>
        <translation>
            <numerusform>لم يُدرج أي تذكير معايَن (%n) في الطابور (ذُكِّر في الأثناء أو تعذّر إعداد الرسالة)؛ اعرض المعاينة مجددًا لمعرفة السبب.</numerusform>
            <numerusform>لم يُدرج تذكير معايَن واحد (%n) في الطابور (ذُكِّر في الأثناء أو تعذّر إعداد الرسالة)؛ اعرض المعاينة مجددًا لمعرفة السبب.</numerusform>
            <numerusform>لم يُدرج تذكيران معايَنان (%n) في الطابور (ذُكِّرا في الأثناء أو تعذّر إعداد الرسالة)؛ اعرض المعاينة مجددًا لمعرفة السبب.</numerusform>
            <numerusform>لم تُدرج %n تذكيرات معايَنة في الطابور (ذُكِّرت في الأثناء أو تعذّر إعداد الرسالة)؛ اعرض المعاينة مجددًا لمعرفة السبب.</numerusform>
            <numerusform>لم يُدرج %n تذكيرًا معايَنًا في الطابور (ذُكِّرت في الأثناء أو تعذّر إعداد الرسالة)؛ اعرض المعاينة مجددًا لمعرفة السبب.</numerusform>
            <numerusform>لم يُدرج %n تذكير معايَن في الطابور (ذُكِّرت في الأثناء أو تعذّر إعداد الرسالة)؛ اعرض المعاينة مجددًا لمعرفة السبب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview again to see what is left.</source>
        <translation>اعرض المعاينة مجددًا لترى ما تبقى.</translation>
    </message>
    <message>
        <source>marked “never send reminders” on the card</source>
        <translation>مُعلَّم على البطاقة بـ «لا ترسل تذكيرات أبدًا»</translation>
    </message>
    <message>
        <source>in dispute (the customer or its overdue invoices)</source>
        <translation>محل نزاع (العميل أو فواتيره المتأخرة)</translation>
    </message>
    <message>
        <source>already reminded at this level</source>
        <translation>ذُكِّر بالفعل في هذا المستوى</translation>
    </message>
    <message>
        <source>owes less than the minimum amount for reminders</source>
        <translation>المستحق عليه أقل من الحد الأدنى للتذكيرات</translation>
    </message>
    <message>
        <source>no valid e-mail address on the customer&apos;s card</source>
        <translation>لا يوجد بريد إلكتروني صالح في بطاقة العميل</translation>
    </message>
</context>
<context>
    <name>ReminderFlags</name>
    <message>
        <source>Payment reminders</source>
        <translation>تذكيرات الدفع</translation>
    </message>
    <message>
        <source>&amp;Never send reminders</source>
        <translation>&amp;لا ترسل تذكيرات أبدًا</translation>
    </message>
    <message>
        <source>The customer is left out of every reminder run</source>
        <translation>يُستبعد العميل من كل جولة تذكيرات</translation>
    </message>
    <message>
        <source>In &amp;dispute</source>
        <translation>محل &amp;نزاع</translation>
    </message>
    <message>
        <source>No reminder goes while the dispute lasts; untick it once it is settled</source>
        <translation>لا يُرسل أي تذكير ما دام النزاع قائمًا؛ أزل العلامة بعد تسويته</translation>
    </message>
    <message>
        <source>Only a user who may post documents changes these</source>
        <translation>لا يغيّرها إلا مستخدم يحق له ترحيل المستندات</translation>
    </message>
</context>
<context>
    <name>ReminderLevelsTab</name>
    <message>
        <source>A customer whose invoice is overdue gets the reminder of the level it has reached, one level at a time and never the same level twice. Negative days send a friendly notice before the due date.</source>
        <translation>يتلقى العميل الذي تأخرت فاتورته تذكير المستوى الذي بلغته، مستوى واحدًا في كل مرة ولا يتكرر المستوى نفسه أبدًا. الأيام السالبة ترسل إشعارًا وديًا قبل تاريخ الاستحقاق.</translation>
    </message>
    <message>
        <source>Reminder levels</source>
        <translation>مستويات التذكير</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Days after the due date</source>
        <translation>أيام بعد تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>الرسم</translation>
    </message>
    <message>
        <source>Attach the invoices</source>
        <translation>إرفاق الفواتير</translation>
    </message>
    <message>
        <source>Attach the open-items statement</source>
        <translation>إرفاق كشف البنود المفتوحة</translation>
    </message>
    <message>
        <source>&amp;Add a level</source>
        <translation>&amp;إضافة مستوى</translation>
    </message>
    <message>
        <source>Remove the &amp;last level</source>
        <translation>إزالة المستوى ال&amp;أخير</translation>
    </message>
    <message>
        <source>Problems of the reminder levels</source>
        <translation>مشكلات مستويات التذكير</translation>
    </message>
    <message>
        <source>Least amount for a reminder</source>
        <translation>أقل مبلغ للتذكير</translation>
    </message>
    <message>
        <source>A customer owing less than this overdue (less money on account) gets none</source>
        <translation>لا يتلقى تذكيرًا العميل الذي يقل المتأخر عليه عن هذا (بعد خصم الرصيد الدائن)</translation>
    </message>
    <message>
        <source>Problem with the least amount</source>
        <translation>مشكلة في أقل مبلغ</translation>
    </message>
    <message>
        <source>Least amount for a &amp;reminder:</source>
        <translation>أقل مبلغ لل&amp;تذكير:</translation>
    </message>
    <message>
        <source>Days after the due date, level %1</source>
        <translation>أيام بعد تاريخ الاستحقاق، المستوى %1</translation>
    </message>
    <message>
        <source>Fee, level %1</source>
        <translation>الرسم، المستوى %1</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more, e.g. 5.00</source>
        <translation>أدخل مبلغًا يساوي صفرًا أو أكثر، مثل 5.00</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>المستوى %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>الرسم</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>text</source>
        <translation>النص</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>Language of the words</source>
        <translation>لغة النص</translation>
    </message>
    <message>
        <source>Restore &amp;bundled words</source>
        <translation>استعادة النص ال&amp;مرفق</translation>
    </message>
    <message>
        <source>Reminder subject</source>
        <translation>موضوع التذكير</translation>
    </message>
    <message>
        <source>Reminder text</source>
        <translation>نص التذكير</translation>
    </message>
    <message>
        <source>Problem with the subject</source>
        <translation>مشكلة في الموضوع</translation>
    </message>
    <message>
        <source>Problem with the text</source>
        <translation>مشكلة في النص</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>العناصر النائبة: %1</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>النص:</translation>
    </message>
    <message>
        <source>Words of level %1</source>
        <translation>نص المستوى %1</translation>
    </message>
    <message>
        <source>Your own words</source>
        <translation>نصك الخاص</translation>
    </message>
    <message>
        <source>The bundled words</source>
        <translation>النص المرفق</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>Employee report by email</source>
        <translation>تقرير الموظف بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>استعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>New ledger file</source>
        <translation>ملف دفتر جديد</translation>
    </message>
    <message>
        <source>The backup becomes a new ledger; the books open now are not touched. Messages that were still to go when the backup was taken wait in the email queue for you to decide, so none goes out twice.</source>
        <translation>تصبح النسخة الاحتياطية دفترًا جديدًا؛ لا تُمس الدفاتر المفتوحة الآن. الرسائل التي كانت بانتظار الإرسال عند أخذ النسخة تنتظر قرارك في طابور البريد، فلا تُرسل أي رسالة مرتين.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>&amp;Open the restored ledger</source>
        <translation>&amp;فتح الدفتر المستعاد</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Backups (*.ledgerpost)</source>
        <translation>النسخ الاحتياطية (*.ledgerpost)</translation>
    </message>
    <message>
        <source>Ledger files (*.sqlite3)</source>
        <translation>ملفات الدفاتر (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restoring and checking…</source>
        <translation>جارٍ الاستعادة والتحقق…</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>وقت غير معروف</translation>
    </message>
    <message>
        <source>The backup of %1 is now the ledger %2.</source>
        <translation>أصبحت النسخة الاحتياطية المأخوذة في %1 الدفتر %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were still to go: they wait in the email queue for you to decide.</source>
        <translation>
            <numerusform>%n رسالة كانت بانتظار الإرسال: تنتظر قرارك في طابور البريد.</numerusform>
            <numerusform>%n رسالة كانت بانتظار الإرسال: تنتظر قرارك في طابور البريد.</numerusform>
            <numerusform>%n رسالة كانت بانتظار الإرسال: تنتظر قرارك في طابور البريد.</numerusform>
            <numerusform>%n رسالة كانت بانتظار الإرسال: تنتظر قرارك في طابور البريد.</numerusform>
            <numerusform>%n رسالة كانت بانتظار الإرسال: تنتظر قرارك في طابور البريد.</numerusform>
            <numerusform>%n رسالة كانت بانتظار الإرسال: تنتظر قرارك في طابور البريد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s): run Check there.</source>
        <translation>
            <numerusform>وجد التحقق %n مشكلة: شغّل التحقق هناك.</numerusform>
            <numerusform>وجد التحقق %n مشكلة: شغّل التحقق هناك.</numerusform>
            <numerusform>وجد التحقق %n مشكلة: شغّل التحقق هناك.</numerusform>
            <numerusform>وجد التحقق %n مشكلة: شغّل التحقق هناك.</numerusform>
            <numerusform>وجد التحقق %n مشكلة: شغّل التحقق هناك.</numerusform>
            <numerusform>وجد التحقق %n مشكلة: شغّل التحقق هناك.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>The preview could not be made.</source>
        <translation>تعذّر إعداد المعاينة.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send by email</source>
        <translation>إرسال بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation>حساب الإرسال</translation>
    </message>
    <message>
        <source>The account this message goes from; its From address follows</source>
        <translation>الحساب الذي تُرسل منه هذه الرسالة؛ ويتبعه عنوان المرسل</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>نسخة</translation>
    </message>
    <message>
        <source>BCC</source>
        <translation>نسخة مخفية</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>إرسال م&amp;جددًا</translation>
    </message>
    <message>
        <source>Send again although already sent</source>
        <translation>إرسال مجددًا رغم إرساله سابقًا</translation>
    </message>
    <message>
        <source>%1 of %2 accepted. %3</source>
        <translation>قُبل %1 من %2. %3</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>إ&amp;رسال</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>ال&amp;موضوع</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Statement %1 – %2</source>
        <translation>كشف حساب %1 – %2</translation>
    </message>
    <message>
        <source>Send by email — %1</source>
        <translation>إرسال بالبريد الإلكتروني — %1</translation>
    </message>
    <message>
        <source>(no sender address set)</source>
        <translation>(لم يُحدد عنوان المرسل)</translation>
    </message>
    <message>
        <source>Already sent on %1 to %2.</source>
        <translation>أُرسل سابقًا في %1 إلى %2.</translation>
    </message>
    <message>
        <source>Already in the outbox since %1 for %2.</source>
        <translation>في صندوق الصادر منذ %1 إلى %2.</translation>
    </message>
    <message>
        <source>Employee report %1 – %2</source>
        <translation>تقرير الموظف %1 – %2</translation>
    </message>
    <message>
        <source>Open items %1 – %2</source>
        <translation>البنود المفتوحة %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n available</source>
        <translation>
            <numerusform>لا شيء متاح (%n)</numerusform>
            <numerusform>متاحة رسالة واحدة (%n)</numerusform>
            <numerusform>متاحة رسالتان (%n)</numerusform>
            <numerusform>متاحة %n رسائل</numerusform>
            <numerusform>متاحة %n رسالة</numerusform>
            <numerusform>متاحة %n رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this message costs %n</source>
        <translation>
            <numerusform>تكلفة هذه الرسالة %n</numerusform>
            <numerusform>تكلفة هذه الرسالة رسالة واحدة (%n)</numerusform>
            <numerusform>تكلفة هذه الرسالة رسالتان (%n)</numerusform>
            <numerusform>تكلفة هذه الرسالة %n رسائل</numerusform>
            <numerusform>تكلفة هذه الرسالة %n رسالة</numerusform>
            <numerusform>تكلفة هذه الرسالة %n رسالة</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;جدولة</translation>
    </message>
    <message>
        <source>Putting the message in the outbox…</source>
        <translation>جارٍ وضع الرسالة في صندوق الصادر…</translation>
    </message>
    <message>
        <source>Nothing was put in the outbox: %1</source>
        <translation>لم يوضع شيء في صندوق الصادر: %1</translation>
    </message>
</context>
<context>
    <name>SendLater</name>
    <message>
        <source>Send &amp;later:</source>
        <translation>إرسال لا&amp;حقًا:</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>إرسال لاحقًا</translation>
    </message>
    <message>
        <source>Date and time to send</source>
        <translation>تاريخ الإرسال ووقته</translation>
    </message>
    <message>
        <source>The time to send is already past: choose a later one.</source>
        <translation>وقت الإرسال مضى: اختر وقتًا لاحقًا.</translation>
    </message>
</context>
<context>
    <name>SentReportModel</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>أُضيف إلى القائمة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>رد الخادم</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>نسخة</translation>
    </message>
    <message>
        <source>BCC</source>
        <translation>نسخة مخفية</translation>
    </message>
</context>
<context>
    <name>SentReportPage</name>
    <message>
        <source>Sent messages</source>
        <translation>الرسائل المرسلة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>كل الجهات</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>الأعداد</translation>
    </message>
    <message>
        <source>No messages in this period for this user and party.</source>
        <translation>لا توجد رسائل في هذه الفترة لهذا المستخدم وهذه الجهة.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>لا رسائل (%n)</numerusform>
            <numerusform>رسالة واحدة (%n)</numerusform>
            <numerusform>رسالتان (%n)</numerusform>
            <numerusform>%n رسائل</numerusform>
            <numerusform>%n رسالة</numerusform>
            <numerusform>%n رسالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the sent messages</source>
        <translation>تصدير الرسائل المرسلة</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>تعذرت كتابة الملف: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>صفحات الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>ال&amp;شركة</translation>
    </message>
    <message>
        <source>Sending &amp;accounts</source>
        <translation>&amp;حسابات الإرسال</translation>
    </message>
    <message>
        <source>Messa&amp;ges</source>
        <translation>الر&amp;سائل</translation>
    </message>
    <message>
        <source>How messages leave the outbox. While you try things out, set a test address: then nothing reaches a customer.</source>
        <translation>كيف تغادر الرسائل صندوق الصادر. أثناء التجربة حدّد عنوان اختبار: فلا يصل شيء إلى أي عميل.</translation>
    </message>
    <message>
        <source>&amp;Sending</source>
        <translation>الإ&amp;رسال</translation>
    </message>
    <message>
        <source>Each message the server accepts uses one credit; credits are bought in packages of this size and price.</source>
        <translation>كل رسالة يقبلها الخادم تستهلك رصيد رسالة واحدة؛ ويُشترى الرصيد في حزم بهذا الحجم والسعر.</translation>
    </message>
    <message>
        <source>C&amp;redits</source>
        <translation>ال&amp;رصيد</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>الت&amp;ذكيرات</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <source>Nothing was saved: the %1 message in %2 has problems, shown in red; correct them or restore the default.</source>
        <translation>لم يُحفظ شيء: في رسالة «%1» باللغة %2 مشكلات ظاهرة بالأحمر؛ صحّحها أو استعد النص الافتراضي.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
    <message>
        <source>Settings saved. %1</source>
        <translation>حُفظت الإعدادات. %1</translation>
    </message>
    <message>
        <source>The settings could not be saved because of an unexpected error.</source>
        <translation>تعذر حفظ الإعدادات بسبب خطأ غير متوقع.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>لم يُحفظ شيء: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n value(s) need a correction, shown in red.</source>
        <translation>
            <numerusform>لم يُحفظ شيء: لا قيم تحتاج إلى تصحيح (%n).</numerusform>
            <numerusform>لم يُحفظ شيء: قيمة واحدة (%n) تحتاج إلى تصحيح، ظاهرة بالأحمر.</numerusform>
            <numerusform>لم يُحفظ شيء: قيمتان (%n) تحتاجان إلى تصحيح، ظاهرتان بالأحمر.</numerusform>
            <numerusform>لم يُحفظ شيء: %n قيم تحتاج إلى تصحيح، ظاهرة بالأحمر.</numerusform>
            <numerusform>لم يُحفظ شيء: %n قيمة تحتاج إلى تصحيح، ظاهرة بالأحمر.</numerusform>
            <numerusform>لم يُحفظ شيء: %n قيمة تحتاج إلى تصحيح، ظاهرة بالأحمر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign &amp;in</source>
        <translation>تسجيل ال&amp;دخول</translation>
    </message>
    <message>
        <source>Sign in with a code on another device</source>
        <translation>تسجيل الدخول برمز على جهاز آخر</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>إلغاء تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>حالة تسجيل الدخول</translation>
    </message>
    <message>
        <source>Open %1 on any device and enter the code %2.</source>
        <translation>افتح %1 على أي جهاز وأدخل الرمز %2.</translation>
    </message>
</context>
<context>
    <name>SmtpTab</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (عادةً المنفذ 587)</translation>
    </message>
    <message>
        <source>SSL/TLS from the start (usually port 465)</source>
        <translation>SSL/TLS من البداية (عادةً المنفذ 465)</translation>
    </message>
    <message>
        <source>None: no encryption (local servers only, port 25)</source>
        <translation>بدون: دون تشفير (للخوادم المحلية فقط، المنفذ 25)</translation>
    </message>
    <message>
        <source>Security hint</source>
        <translation>تلميح أمني</translation>
    </message>
    <message>
        <source>Problem with the security</source>
        <translation>مشكلة في الأمان</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>اتركه فارغًا للإبقاء على كلمة المرور المحفوظة</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the books. Type it only to change it.</source>
        <translation>تُحفظ في سلسلة مفاتيح النظام، وليس في الدفاتر أبدًا. اكتبها فقط لتغييرها.</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>مكان حفظ كلمة المرور</translation>
    </message>
    <message>
        <source>Problem with the password</source>
        <translation>مشكلة في كلمة المرور</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>اختر ملف CA</translation>
    </message>
    <message>
        <source>Your password would travel unencrypted and could be read on the way. Tick this only for a mail server on your own local network.</source>
        <translation>ستنتقل كلمة المرور دون تشفير ويمكن قراءتها في الطريق. حدّد هذا فقط لخادم بريد في شبكتك المحلية.</translation>
    </message>
    <message>
        <source>Warning about unencrypted sign-in</source>
        <translation>تحذير من تسجيل الدخول دون تشفير</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Connect, encrypt and sign in with the settings as typed, without sending</source>
        <translation>الاتصال والتشفير وتسجيل الدخول بالإعدادات المكتوبة دون إرسال</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>نتيجة اختبار الاتصال</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>empty: the sender name on the Company tab</source>
        <translation>فارغ: اسم المرسل من تبويب «الشركة»</translation>
    </message>
    <message>
        <source>empty: the sender address on the Company tab</source>
        <translation>فارغ: عنوان المرسل من تبويب «الشركة»</translation>
    </message>
    <message>
        <source>empty: the sending user&apos;s address, else the Company tab&apos;s Reply-To</source>
        <translation>فارغ: عنوان المستخدم المرسِل، وإلا «الرد إلى» من تبويب «الشركة»</translation>
    </message>
    <message>
        <source>Port 587 expects STARTTLS; choose STARTTLS, or SSL on port 465.</source>
        <translation>المنفذ 587 يتطلب STARTTLS؛ اختر STARTTLS أو SSL على المنفذ 465.</translation>
    </message>
    <message>
        <source>Port 465 expects SSL; choose SSL, or STARTTLS on port 587.</source>
        <translation>المنفذ 465 يتطلب SSL؛ اختر SSL أو STARTTLS على المنفذ 587.</translation>
    </message>
    <message>
        <source>Nothing is encrypted (usually port 25): use this only for a mail server on your own network. Most providers want STARTTLS on 587 or SSL on 465.</source>
        <translation>لا شيء مشفّر (عادةً المنفذ 25): استخدم هذا فقط لخادم بريد في شبكتك. معظم المزودين يطلبون STARTTLS على 587 أو SSL على 465.</translation>
    </message>
    <message>
        <source>The connection is encrypted from the first byte; usually port 465.</source>
        <translation>الاتصال مشفّر من أول بايت؛ عادةً المنفذ 465.</translation>
    </message>
    <message>
        <source>The connection starts plain and is encrypted before signing in; usually port 587.</source>
        <translation>يبدأ الاتصال دون تشفير ثم يُشفّر قبل تسجيل الدخول؛ عادةً المنفذ 587.</translation>
    </message>
    <message>
        <source>Choose the certificate to trust</source>
        <translation>اختر الشهادة الموثوقة</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt *.cer);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Testing the connection… (up to %1 seconds)</source>
        <translation>جارٍ اختبار الاتصال… (حتى %1 ثانية)</translation>
    </message>
    <message>
        <source>✘ The test stopped on an unexpected error.</source>
        <translation>✘ توقف الاختبار بسبب خطأ غير متوقع.</translation>
    </message>
</context>
<context>
    <name>StatementPeriod</name>
    <message>
        <source>Statement of account by email</source>
        <translation>كشف الحساب بالبريد</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Every movement of the period</source>
        <translation>كل حركات الفترة</translation>
    </message>
    <message>
        <source>What is open at the period&apos;s end</source>
        <translation>ما هو مفتوح في نهاية الفترة</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>ال&amp;كشف</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Kind of message</source>
        <translation>نوع الرسالة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Whose wording this is</source>
        <translation>مصدر هذه الصياغة</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>ا&amp;ستعادة الافتراضي</translation>
    </message>
    <message>
        <source>Restore the default wording</source>
        <translation>استعادة الصياغة الافتراضية</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>التحية</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>العناصر النائبة</translation>
    </message>
    <message>
        <source>Click one to put it in at the cursor</source>
        <translation>انقر على أحدها لإدراجه عند المؤشر</translation>
    </message>
    <message>
        <source>Preview of the subject</source>
        <translation>معاينة الموضوع</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>معاينة الرسالة</translation>
    </message>
    <message>
        <source>Problem with the templates</source>
        <translation>مشكلة في القوالب</translation>
    </message>
    <message>
        <source>Message for:</source>
        <translation>رسالة لـ:</translation>
    </message>
    <message>
        <source>in</source>
        <translation>باللغة</translation>
    </message>
    <message>
        <source>Placeholders (click to insert)</source>
        <translation>العناصر النائبة (انقر للإدراج)</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>معاينة بقيم نموذجية</translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation>كشف حساب العميل</translation>
    </message>
    <message>
        <source>Customer statement, open items</source>
        <translation>كشف حساب، البنود المفتوحة</translation>
    </message>
    <message>
        <source>Employee report</source>
        <translation>تقرير الموظف</translation>
    </message>
    <message>
        <source>the customer&apos;s, supplier&apos;s or employee&apos;s name</source>
        <translation>اسم العميل أو المورد أو الموظف</translation>
    </message>
    <message>
        <source>the document number</source>
        <translation>رقم المستند</translation>
    </message>
    <message>
        <source>the document date</source>
        <translation>تاريخ المستند</translation>
    </message>
    <message>
        <source>the total with its currency</source>
        <translation>الإجمالي مع العملة</translation>
    </message>
    <message>
        <source>the date payment is due</source>
        <translation>تاريخ استحقاق الدفع</translation>
    </message>
    <message>
        <source>your company&apos;s name</source>
        <translation>اسم شركتك</translation>
    </message>
    <message>
        <source>the period the statement or report covers</source>
        <translation>الفترة التي يغطيها الكشف أو التقرير</translation>
    </message>
    <message>
        <source>the letter&apos;s own subject</source>
        <translation>موضوع الرسالة نفسها</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>صياغتك الخاصة</translation>
    </message>
    <message>
        <source>Default wording</source>
        <translation>الصياغة الافتراضية</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>الموضوع: %1</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Message just sent</source>
        <translation>رسالة أُرسلت للتو</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>Undo: do not send the message</source>
        <translation>تراجع: لا ترسل الرسالة</translation>
    </message>
    <message>
        <source>Close the bar</source>
        <translation>إغلاق الشريط</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 إلى %2</translation>
    </message>
    <message>
        <source>%1 will be sent on %2.</source>
        <translation>ستُرسل %1 في %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 goes in %n s.</source>
        <translation>
            <numerusform>تُرسل %1 الآن (%n ث).</numerusform>
            <numerusform>تُرسل %1 بعد ثانية (%n ث).</numerusform>
            <numerusform>تُرسل %1 بعد ثانيتين (%n ث).</numerusform>
            <numerusform>تُرسل %1 بعد %n ثوانٍ.</numerusform>
            <numerusform>تُرسل %1 بعد %n ثانية.</numerusform>
            <numerusform>تُرسل %1 بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on its way.</source>
        <translation>%1 في الطريق.</translation>
    </message>
    <message>
        <source>Taking the message back…</source>
        <translation>جارٍ استرجاع الرسالة…</translation>
    </message>
    <message>
        <source>Undone: %1 will not be sent.</source>
        <translation>تم التراجع: لن تُرسل %1.</translation>
    </message>
    <message>
        <source>Too late to undo: %1 has already been sent.</source>
        <translation>فات وقت التراجع: أُرسلت %1 بالفعل.</translation>
    </message>
    <message>
        <source>Too late to undo: %1 is being sent right now.</source>
        <translation>فات وقت التراجع: تُرسل %1 الآن.</translation>
    </message>
    <message>
        <source>Could not undo: %1 is now “%2”.</source>
        <translation>تعذر التراجع: حالة %1 الآن «%2».</translation>
    </message>
    <message>
        <source>Could not undo: %1 is no longer in the outbox.</source>
        <translation>تعذر التراجع: لم تعد %1 في صندوق الصادر.</translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>تعذر التراجع عن %1: %2</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>مستخدم جديد</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>المستخدم %1</translation>
    </message>
    <message>
        <source>Replies to the messages this user sends go here</source>
        <translation>تصل إلى هنا الردود على رسائل هذا المستخدم</translation>
    </message>
    <message>
        <source>Closes the messages this user sends</source>
        <translation>تُختم بها الرسائل التي يرسلها هذا المستخدم</translation>
    </message>
    <message>
        <source>Active (may log in)</source>
        <translation>نشط (يمكنه الدخول)</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>اسم ال&amp;دخول</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>ال&amp;بريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>ال&amp;توقيع</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>أعد كتابة كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Password (optional)</source>
        <translation>&amp;كلمة المرور (اختيارية)</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>أ&amp;عد كتابتها</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <source>set</source>
        <translation>محددة</translation>
    </message>
    <message>
        <source>none</source>
        <translation>غير محددة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>All rights</source>
        <translation>كل الصلاحيات</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users and rights</source>
        <translation>المستخدمون والصلاحيات</translation>
    </message>
    <message>
        <source>While no one has a password, LedgerPost opens without asking. From the first password on, everyone logs in: set your own password first.</source>
        <translation>ما دام لا أحد لديه كلمة مرور يفتح LedgerPost دون سؤال. ومن أول كلمة مرور يسجّل الجميع الدخول: عيّن كلمة مرورك أولًا.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>إ&amp;ضافة مستخدم…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>تعيين &amp;كلمة المرور…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>إ&amp;يقاف</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Everyone logs in with a login name and a password; a user without a password cannot log in until one is set.</source>
        <translation>يسجّل الجميع الدخول باسم الدخول وكلمة مرور؛ ولا يستطيع المستخدم الذي ليست له كلمة مرور تسجيل الدخول حتى تُعيَّن له واحدة.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
</context>
<context>
    <name>VatReportPage</name>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>الشهر الماضي</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>الربع الماضي</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>هذا الربع</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>العام الماضي</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>هذا العام</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>تواريخ أخرى</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>حفظ بصيغة &amp;CSV…</translation>
    </message>
    <message>
        <source>Net VAT due</source>
        <translation>الضريبة المستحقة</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Taxable amount</source>
        <translation>المبلغ الخاضع للضريبة</translation>
    </message>
    <message>
        <source>VAT amount</source>
        <translation>مبلغ الضريبة</translation>
    </message>
    <message>
        <source>VAT by rate</source>
        <translation>الضريبة حسب النسبة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Documents of the rate</source>
        <translation>مستندات النسبة</translation>
    </message>
    <message>
        <source>Choose a rate to see the documents that make it.</source>
        <translation>اختر نسبة لرؤية المستندات التي تكوّنها.</translation>
    </message>
    <message>
        <source>VAT report</source>
        <translation>تقرير ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>VAT to pay for the period: %1</source>
        <translation>الضريبة المستحقة الدفع عن الفترة: %1</translation>
    </message>
    <message>
        <source>VAT to reclaim for the period: %1</source>
        <translation>الضريبة المستردة عن الفترة: %1</translation>
    </message>
    <message>
        <source>No invoice, credit note or purchase invoice in %1 in this period.</source>
        <translation>لا توجد فاتورة أو إشعار دائن أو فاتورة مشتريات بعملة %1 في هذه الفترة.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) with VAT in this period</source>
        <translation>
            <numerusform>%n مستند بضريبة في هذه الفترة</numerusform>
            <numerusform>%n مستند بضريبة في هذه الفترة</numerusform>
            <numerusform>%n مستندان بضريبة في هذه الفترة</numerusform>
            <numerusform>%n مستندات بضريبة في هذه الفترة</numerusform>
            <numerusform>%n مستندًا بضريبة في هذه الفترة</numerusform>
            <numerusform>%n مستند بضريبة في هذه الفترة</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents in %1 have VAT in this period too: choose the currency to see their report.</source>
        <translation>توجد مستندات بعملة %1 عليها ضريبة في هذه الفترة أيضًا: اختر العملة لرؤية تقريرها.</translation>
    </message>
    <message>
        <source>Output VAT (sales)</source>
        <translation>ضريبة المخرجات – المبيعات</translation>
    </message>
    <message>
        <source>Input VAT (purchases)</source>
        <translation>ضريبة المدخلات – المشتريات</translation>
    </message>
    <message>
        <source>%1, total</source>
        <translation>%1، الإجمالي</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n document(s)</source>
        <translation>
            <numerusform>%1 بنسبة %2: %n مستند</numerusform>
            <numerusform>%1 بنسبة %2: %n مستند</numerusform>
            <numerusform>%1 بنسبة %2: %n مستندان</numerusform>
            <numerusform>%1 بنسبة %2: %n مستندات</numerusform>
            <numerusform>%1 بنسبة %2: %n مستندًا</numerusform>
            <numerusform>%1 بنسبة %2: %n مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>إشعار دائن</translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation>فاتورة مشتريات</translation>
    </message>
    <message>
        <source>Save the VAT report as PDF</source>
        <translation>حفظ تقرير الضريبة بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the VAT report as CSV</source>
        <translation>حفظ تقرير الضريبة بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظ في %1</translation>
    </message>
</context>
<context>
    <name>VoucherAllocations</name>
    <message>
        <source>Allocations</source>
        <translation>التخصيصات</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>Reversed on</source>
        <translation>أُلغي في</translation>
    </message>
    <message>
        <source>&amp;Reverse allocation</source>
        <translation>إ&amp;لغاء التخصيص</translation>
    </message>
    <message>
        <source>The invoice is open again and the money on account, from today</source>
        <translation>من اليوم تعود الفاتورة غير مدفوعة ويصبح المال رصيدًا دائنًا</translation>
    </message>
</context>
<context>
    <name>VoucherFields</name>
    <message>
        <source>e.g. 150.00</source>
        <translation>مثلًا 150.00</translation>
    </message>
    <message>
        <source>The bank account the money went through (cash goes through none)</source>
        <translation>الحساب المصرفي الذي مرت عبره الأموال (النقد لا يمر عبر أي حساب)</translation>
    </message>
    <message>
        <source>bank statement line, cash book number…</source>
        <translation>سطر كشف الحساب، رقم دفتر الصندوق…</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>ال&amp;عميل</translation>
    </message>
    <message>
        <source>&amp;Paid to</source>
        <translation>ال&amp;مستفيد</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Amount received</source>
        <translation>المبلغ ال&amp;مقبوض</translation>
    </message>
    <message>
        <source>&amp;Amount paid</source>
        <translation>المبلغ ال&amp;مدفوع</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>الع&amp;ملة</translation>
    </message>
    <message>
        <source>Exchange &amp;rate</source>
        <translation>سعر ال&amp;صرف</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>ال&amp;طريقة</translation>
    </message>
    <message>
        <source>&amp;Bank account</source>
        <translation>ال&amp;حساب المصرفي</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>ال&amp;مرجع</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>LedgerPost</source>
        <translation>LedgerPost</translation>
    </message>
</context>
<context>
    <name>delivery</name>
    <message>
        <source>Accepted by the server</source>
        <translation>قبِله الخادم</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>مقروء</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>مرتدّ</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>كل النتائج</translation>
    </message>
    <message>
        <source>%1: refused – %2</source>
        <translation>%1: مرفوض – %2</translation>
    </message>
    <message>
        <source>%1: no answer yet</source>
        <translation>%1: لا رد بعد</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>%1 could not be used: %2</source>
        <translation>تعذّر استخدام %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>LedgerPost</source>
        <translation>LedgerPost</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Sales invoices</source>
        <translation>فواتير المبيعات</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>الإشعارات الدائنة</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>عروض الأسعار</translation>
    </message>
    <message>
        <source>Receipt vouchers</source>
        <translation>سندات القبض</translation>
    </message>
    <message>
        <source>Payment vouchers</source>
        <translation>سندات الصرف</translation>
    </message>
    <message>
        <source>Purchase invoices</source>
        <translation>فواتير المشتريات</translation>
    </message>
    <message>
        <source>Customer letters</source>
        <translation>رسائل العملاء</translation>
    </message>
    <message>
        <source>Payment reminders</source>
        <translation>تذكيرات الدفع</translation>
    </message>
    <message>
        <source>Sales invoice</source>
        <translation>فاتورة مبيعات</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>إشعار دائن</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>عرض سعر</translation>
    </message>
    <message>
        <source>Receipt voucher</source>
        <translation>سند قبض</translation>
    </message>
    <message>
        <source>Payment voucher</source>
        <translation>سند صرف</translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation>فاتورة مشتريات</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>رسالة إلى العميل</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>تذكير بالدفع</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>مرحّل</translation>
    </message>
    <message>
        <source>Held (send later)</source>
        <translation>مؤجل (إرسال لاحق)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>Will be tried again</source>
        <translation>ستُعاد المحاولة</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Uncertain: may have arrived</source>
        <translation>غير مؤكد: ربما وصلت</translation>
    </message>
    <message>
        <source>Waiting for credits</source>
        <translation>بانتظار الرصيد</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>لم يُرسل</translation>
    </message>
    <message>
        <source>Waiting in the email queue</source>
        <translation>ينتظر في قائمة انتظار البريد</translation>
    </message>
    <message>
        <source>Sent by email</source>
        <translation>أُرسل بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>فشل الإرسال</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>غير مدفوعة</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>مدفوعة جزئيًا</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوعة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>تحويل بنكي</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>الموردون</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>المورد</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>كشوف الحساب</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>hidden contact</source>
        <translation>جهة اتصال مخفية</translation>
    </message>
    <message>
        <source>Available: the balance less one credit for each message still waiting in the email queue. The Message credits page shows the whole balance.</source>
        <translation>المتاح: الرصيد ناقص رصيد رسالة واحدة لكل رسالة ما زالت تنتظر في قائمة انتظار البريد. تعرض صفحة «رصيد الرسائل» الرصيد كاملًا.</translation>
    </message>
    <message>
        <source>Post documents</source>
        <translation>ترحيل المستندات</translation>
    </message>
    <message>
        <source>Send email</source>
        <translation>إرسال البريد الإلكتروني</translation>
    </message>
    <message>
        <source>See contact addresses</source>
        <translation>رؤية عناوين الاتصال</translation>
    </message>
    <message>
        <source>Manage settings</source>
        <translation>إدارة الإعدادات</translation>
    </message>
    <message>
        <source>Manage credits</source>
        <translation>إدارة الرصيد</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>إدارة المستخدمين</translation>
    </message>
</context>
<context>
    <name>mailbox</name>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>لم يُسلَّم شيء (%n)</numerusform>
            <numerusform>تم تسليم رسالة (%n)</numerusform>
            <numerusform>تم تسليم رسالتين (%n)</numerusform>
            <numerusform>تم تسليم %n رسائل</numerusform>
            <numerusform>تم تسليم %n رسالة</numerusform>
            <numerusform>تم تسليم %n رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delayed</source>
        <translation>
            <numerusform>لا متأخر (%n)</numerusform>
            <numerusform>رسالة متأخرة (%n)</numerusform>
            <numerusform>رسالتان متأخرتان (%n)</numerusform>
            <numerusform>%n رسائل متأخرة</numerusform>
            <numerusform>%n رسالة متأخرة</numerusform>
            <numerusform>%n رسالة متأخرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bounced</source>
        <translation>
            <numerusform>لا مرتدّ (%n)</numerusform>
            <numerusform>رسالة مرتدّة (%n)</numerusform>
            <numerusform>رسالتان مرتدّتان (%n)</numerusform>
            <numerusform>%n رسائل مرتدّة</numerusform>
            <numerusform>%n رسالة مرتدّة</numerusform>
            <numerusform>%n رسالة مرتدّة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>لا مقروء (%n)</numerusform>
            <numerusform>رسالة مقروءة (%n)</numerusform>
            <numerusform>رسالتان مقروءتان (%n)</numerusform>
            <numerusform>%n رسائل مقروءة</numerusform>
            <numerusform>%n رسالة مقروءة</numerusform>
            <numerusform>%n رسالة مقروءة</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailbox %1 not checked: %2</source>
        <translation>لم يُفحص صندوق البريد %1: %2</translation>
    </message>
</context>
<context>
    <name>outbox</name>
    <message>
        <source>Open items %1 – %2</source>
        <translation>البنود المفتوحة %1 – %2</translation>
    </message>
    <message>
        <source>Employee report %1 – %2</source>
        <translation>تقرير الموظف %1 – %2</translation>
    </message>
    <message>
        <source>Statement %1 – %2</source>
        <translation>كشف حساب %1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2 accepted</source>
        <translation>قُبل %1 من %2</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>نسخة</translation>
    </message>
    <message>
        <source>BCC</source>
        <translation>نسخة مخفية</translation>
    </message>
    <message>
        <source>%1 %2: accepted</source>
        <translation>%1 %2: مقبول</translation>
    </message>
    <message>
        <source>%1 %2: refused – %3</source>
        <translation>%1 %2: مرفوض – %3</translation>
    </message>
    <message>
        <source>%1 %2: no answer yet</source>
        <translation>%1 %2: لا ردّ بعد</translation>
    </message>
    <message>
        <source>queued %1 by %2</source>
        <translation>أُضيفت إلى القائمة في %1 بواسطة %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>الخادم: %1</translation>
    </message>
    <message>
        <source>Refused for good. If an address is wrong, cancel this message and send the document again with the right one; if the trouble is over, send it again.</source>
        <translation>رُفضت نهائيًا. إن كان العنوان خاطئًا فألغِ هذه الرسالة وأرسل المستند مجددًا بالعنوان الصحيح؛ وإن زالت المشكلة فأعد الإرسال.</translation>
    </message>
    <message>
        <source>The server may have received it. Send it again (it keeps its Message-ID, so most mail programs show it only once) or, if the customer has it, mark it as sent.</source>
        <translation>ربما استلمها الخادم. أعد إرسالها (تحتفظ بنفس Message-ID فتعرضها معظم برامج البريد مرة واحدة) أو علّمها كمرسلة إذا وصلت إلى العميل.</translation>
    </message>
    <message>
        <source>A passing problem: it is tried again at %1.</source>
        <translation>مشكلة عابرة: ستُعاد المحاولة في %1.</translation>
    </message>
    <message>
        <source>It goes as soon as message credits are topped up.</source>
        <translation>تُرسل فور شحن رصيد الرسائل.</translation>
    </message>
    <message>
        <source>Held until %1. Send it now or cancel it.</source>
        <translation>مؤجلة حتى %1. أرسلها الآن أو ألغها.</translation>
    </message>
    <message>
        <source>It goes with the next delivery round.</source>
        <translation>تُرسل مع جولة الإرسال التالية.</translation>
    </message>
    <message>
        <source>On its way to the server.</source>
        <translation>في الطريق إلى الخادم.</translation>
    </message>
    <message>
        <source>Accepted by the server at %1.</source>
        <translation>قبلها الخادم في %1.</translation>
    </message>
    <message>
        <source>Cancelled: it will not be sent.</source>
        <translation>ملغاة: لن تُرسل.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n waiting, next at %2</source>
        <translation>
            <numerusform>%1: %n رسالة تنتظر، التالية في %2</numerusform>
            <numerusform>%1: رسالة %n تنتظر، التالية في %2</numerusform>
            <numerusform>%1: %n رسالتان تنتظران، التالية في %2</numerusform>
            <numerusform>%1: %n رسائل تنتظر، التالية في %2</numerusform>
            <numerusform>%1: %n رسالة تنتظر، التالية في %2</numerusform>
            <numerusform>%1: %n رسالة تنتظر، التالية في %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing waiting</source>
        <translation>%1: لا شيء في الانتظار</translation>
    </message>
    <message numerus="yes">
        <source>throttled %n time(s) today</source>
        <translation>
            <numerusform>أُبطئ %n مرة اليوم</numerusform>
            <numerusform>أُبطئ %n مرة اليوم</numerusform>
            <numerusform>أُبطئ %n مرة اليوم</numerusform>
            <numerusform>أُبطئ %n مرات اليوم</numerusform>
            <numerusform>أُبطئ %n مرة اليوم</numerusform>
            <numerusform>أُبطئ %n مرة اليوم</numerusform>
        </translation>
    </message>
    <message>
        <source>the server asked to wait until %1</source>
        <translation>طلب الخادم الانتظار حتى %1</translation>
    </message>
    <message>
        <source>Waiting for its turn at the sending pace: planned for %1.</source>
        <translation>تنتظر دورها بوتيرة الإرسال: مخطط لها في %1.</translation>
    </message>
    <message>
        <source>Waiting for its turn at the pace of %1: planned for %2.</source>
        <translation>تنتظر دورها بوتيرة %1: مخطط لها في %2.</translation>
    </message>
    <message numerus="yes">
        <source>The server throttled this account %n time(s) today (nothing failed).</source>
        <translation>
            <numerusform>أبطأ الخادم هذا الحساب %n مرة اليوم (لم يفشل شيء).</numerusform>
            <numerusform>أبطأ الخادم هذا الحساب %n مرة اليوم (لم يفشل شيء).</numerusform>
            <numerusform>أبطأ الخادم هذا الحساب %n مرة اليوم (لم يفشل شيء).</numerusform>
            <numerusform>أبطأ الخادم هذا الحساب %n مرات اليوم (لم يفشل شيء).</numerusform>
            <numerusform>أبطأ الخادم هذا الحساب %n مرة اليوم (لم يفشل شيء).</numerusform>
            <numerusform>أبطأ الخادم هذا الحساب %n مرة اليوم (لم يفشل شيء).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Mail server</source>
        <translation>خادم البريد</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>عنوان المرسل</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>اسم المرسل</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>الرد إلى</translation>
    </message>
    <message>
        <source>Trusted certificate (CA file)</source>
        <translation>شهادة موثوقة (ملف CA)</translation>
    </message>
    <message>
        <source>Allow the password without encryption</source>
        <translation>السماح بكلمة المرور دون تشفير</translation>
    </message>
    <message>
        <source>Wait before sending (seconds)</source>
        <translation>الانتظار قبل الإرسال (ثوانٍ)</translation>
    </message>
    <message>
        <source>Test mode: send everything to</source>
        <translation>وضع الاختبار: إرسال الكل إلى</translation>
    </message>
    <message>
        <source>Largest message (MB)</source>
        <translation>أكبر حجم للرسالة (ميغابايت)</translation>
    </message>
    <message>
        <source>Credits in one package</source>
        <translation>عدد الرسائل في الحزمة</translation>
    </message>
    <message>
        <source>Price of one package</source>
        <translation>سعر الحزمة الواحدة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
</context>
</TS>
