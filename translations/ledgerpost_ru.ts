<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountEditor</name>
    <message>
        <source>Sending account</source>
        <translation>Учётная запись отправки</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>How to set up this provider</source>
        <translation>Как настроить этого провайдера</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>OAuth2 sign-in (browser)</source>
        <translation>Вход OAuth2 (браузер)</translation>
    </message>
    <message>
        <source>the Application (client) ID of your own app</source>
        <translation>идентификатор приложения (клиента) вашего собственного приложения</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Оставьте пустым, чтобы сохранить прежний пароль</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Состояние учётной записи</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Провайдер:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Защита:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Вход:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Идентификатор клиента:</translation>
    </message>
    <message>
        <source>Authorize URL:</source>
        <translation>Адрес авторизации:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>Адрес токенов:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Области доступа:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>From name:</source>
        <translation>Имя отправителя:</translation>
    </message>
    <message>
        <source>From address:</source>
        <translation>Адрес отправителя:</translation>
    </message>
    <message>
        <source>Reply-To:</source>
        <translation>Адрес для ответа:</translation>
    </message>
    <message>
        <source>Messages a minute:</source>
        <translation>Писем в минуту:</translation>
    </message>
    <message>
        <source>Recipients a day:</source>
        <translation>Получателей в день:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>The account is saved.</source>
        <translation>Учётная запись сохранена.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in on the other device…</source>
        <translation>Ожидание входа на другом устройстве…</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>Ожидание браузера…</translation>
    </message>
    <message>
        <source>Signed in: the account is ready to send.</source>
        <translation>Вход выполнен: учётная запись готова к отправке.</translation>
    </message>
    <message>
        <source>Stopped on an unexpected error.</source>
        <translation>Остановлено из-за непредвиденной ошибки.</translation>
    </message>
</context>
<context>
    <name>AccountKind</name>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Капитал</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Доход</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Расход</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Password refused: type the right password under Edit</source>
        <translation>Пароль отклонён: введите верный пароль в разделе «Изменить»</translation>
    </message>
    <message>
        <source>Sign in again: Edit, then Sign in</source>
        <translation>Войдите снова: «Изменить», затем «Войти»</translation>
    </message>
    <message>
        <source>Ready, signed in</source>
        <translation>Готово, вход выполнен</translation>
    </message>
    <message>
        <source>Not signed in yet: Edit, then Sign in</source>
        <translation>Вход ещё не выполнен: «Изменить», затем «Войти»</translation>
    </message>
    <message>
        <source>No password kept: type it under Edit</source>
        <translation>Пароль не сохранён: введите его в разделе «Изменить»</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Sending accounts</source>
        <translation>Учётные записи отправки</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Добавить учётную запись…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Сделать &amp;основной</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить соединение</translation>
    </message>
    <message>
        <source>Connect, encrypt and sign in with the chosen account, without sending</source>
        <translation>Подключиться, включить шифрование и войти с выбранной учётной записью, ничего не отправляя</translation>
    </message>
    <message>
        <source>Connection test of the chosen account</source>
        <translation>Проверка соединения выбранной учётной записи</translation>
    </message>
    <message>
        <source>What the accounts wait for</source>
        <translation>Чего ждут учётные записи</translation>
    </message>
    <message>
        <source>The default account: server, password and connection test</source>
        <translation>Основная учётная запись: сервер, пароль и проверка соединения</translation>
    </message>
    <message>
        <source>(the company&apos;s address)</source>
        <translation>(адрес компании)</translation>
    </message>
    <message>
        <source>Messages from these accounts wait until this is done: %1</source>
        <translation>Письма этих учётных записей ждут, пока это не будет сделано: %1</translation>
    </message>
    <message>
        <source>Testing the connection of %1…</source>
        <translation>Проверка соединения %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>✘ The test stopped on an unexpected error.</source>
        <translation>✘ Проверка прервалась из-за непредвиденной ошибки.</translation>
    </message>
</context>
<context>
    <name>AddressField</name>
    <message>
        <source>contact person %1</source>
        <translation>контактное лицо %1</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>счета</translation>
    </message>
    <message>
        <source>statements</source>
        <translation>акты сверки</translation>
    </message>
    <message>
        <source>general</source>
        <translation>общий</translation>
    </message>
    <message>
        <source>used before</source>
        <translation>использовался ранее</translation>
    </message>
    <message>
        <source>Addresses on the card</source>
        <translation>Адреса из карточки</translation>
    </message>
    <message>
        <source>%1: addresses on the card</source>
        <translation>%1: адреса из карточки</translation>
    </message>
    <message>
        <source>%1: problems</source>
        <translation>%1: ошибки</translation>
    </message>
    <message>
        <source>%1: bounced addresses</source>
        <translation>%1: адреса с возвратом</translation>
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
        <translation>Возрастной анализ открытых позиций</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить как &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Сохранить как &amp;CSV…</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Срок не наступил</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 дней</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 дней</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 дней</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Более 90 дней</translation>
    </message>
    <message>
        <source>On account</source>
        <translation>Аванс</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Сальдо</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>Возрастной анализ</translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies) with open items</source>
        <translation>
            <numerusform>%n контрагент с открытыми позициями</numerusform>
            <numerusform>%n контрагента с открытыми позициями</numerusform>
            <numerusform>%n контрагентов с открытыми позициями</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is open: every invoice is paid and no money is on account.</source>
        <translation>Ничего не открыто: все счета оплачены, авансов нет.</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Дебиторская</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Кредиторская</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Save the ageing as PDF</source>
        <translation>Сохранить возрастной анализ как PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the ageing as CSV</source>
        <translation>Сохранить возрастной анализ как CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Зачесть</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Add files to the message</source>
        <translation>Добавить файлы к письму</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the chosen file</source>
        <translation>Удалить выбранный файл</translation>
    </message>
    <message>
        <source>Size of the attachments</source>
        <translation>Размер вложений</translation>
    </message>
    <message>
        <source>Print copy (being made…)</source>
        <translation>Печатная копия (создаётся…)</translation>
    </message>
    <message>
        <source>%1 — %2 (print copy)</source>
        <translation>%1 — %2 (печатная копия)</translation>
    </message>
    <message>
        <source>%1 — %2 (e-invoice)</source>
        <translation>%1 — %2 (электронный счёт)</translation>
    </message>
    <message>
        <source>Print copy: %1</source>
        <translation>Печатная копия: %1</translation>
    </message>
    <message>
        <source>%1 — cannot be read: %2</source>
        <translation>%1 — не удаётся прочитать: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Total %1; the limit is %2</source>
        <translation>Всего %1; предел — %2</translation>
    </message>
    <message>
        <source>Too large to send: %1</source>
        <translation>Слишком велико для отправки: %1</translation>
    </message>
</context>
<context>
    <name>BatchChoice</name>
    <message>
        <source>What to send</source>
        <translation>Что отправить</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>Customer statements</source>
        <translation>Акты сверки с клиентами</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Номера</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Даты</translation>
    </message>
    <message>
        <source>From number</source>
        <translation>С номера</translation>
    </message>
    <message>
        <source>To number</source>
        <translation>По номер</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <source>Send again documents that were already sent</source>
        <translation>Повторно отправить уже отправленные документы</translation>
    </message>
    <message>
        <source>Form of the statements</source>
        <translation>Форма выписок</translation>
    </message>
    <message>
        <source>Every movement of the period</source>
        <translation>Все движения за период</translation>
    </message>
    <message>
        <source>What is open at the period&apos;s end</source>
        <translation>Что открыто на конец периода</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Выписка</translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation>Учётная запись отправки</translation>
    </message>
    <message>
        <source>Every message of the batch goes from this account, at its sending pace</source>
        <translation>Все письма пакета уходят с этой учётной записи, в её темпе отправки</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <source>Count the messages and their cost; send nothing</source>
        <translation>Подсчитать письма и их стоимость, ничего не отправляя</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Each message&apos;s usual account</source>
        <translation>Обычная учётная запись каждого письма</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>from %1: %2</source>
        <translation>с %1: %2</translation>
    </message>
    <message>
        <source>the last at %1</source>
        <translation>последнее в %1</translation>
    </message>
    <message>
        <source>Batch send</source>
        <translation>Массовая рассылка</translation>
    </message>
    <message>
        <source>Choose what to send, then Preview.</source>
        <translation>Выберите, что отправить, затем нажмите «Предпросмотр».</translation>
    </message>
    <message>
        <source>Skipped documents</source>
        <translation>Пропущенные документы</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Why it is skipped</source>
        <translation>Причина пропуска</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>A batch being sent goes on in the background</source>
        <translation>Начатая рассылка продолжится в фоне</translation>
    </message>
    <message>
        <source>The choice changed: Preview again before sending.</source>
        <translation>Выбор изменился: перед отправкой снова нажмите «Предпросмотр».</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>Диапазон дат заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Checking every document of the range…</source>
        <translation>Проверяем все документы диапазона…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to send</source>
        <translation>
            <numerusform>%n письмо к отправке</numerusform>
            <numerusform>%n письма к отправке</numerusform>
            <numerusform>%n писем к отправке</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send in this range</source>
        <translation>В этом диапазоне нечего отправлять</translation>
    </message>
    <message numerus="yes">
        <source>cost: %n credit(s)</source>
        <translation>
            <numerusform>стоимость: %n кредит</numerusform>
            <numerusform>стоимость: %n кредита</numerusform>
            <numerusform>стоимость: %n кредитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>available: %n credit(s)</source>
        <translation>
            <numerusform>доступно: %n кредит</numerusform>
            <numerusform>доступно: %n кредита</numerusform>
            <numerusform>доступно: %n кредитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will wait until credits are added.</source>
        <translation>
            <numerusform>%n письмо будет ждать пополнения кредитов.</numerusform>
            <numerusform>%n письма будут ждать пополнения кредитов.</numerusform>
            <numerusform>%n писем будут ждать пополнения кредитов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n document(s), with the reason</source>
        <translation>
            <numerusform>Пропущен %n документ, с причиной</numerusform>
            <numerusform>Пропущено %n документа, с причинами</numerusform>
            <numerusform>Пропущено %n документов, с причинами</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is skipped.</source>
        <translation>Ничего не пропущено.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) put in the outbox.</source>
        <translation>
            <numerusform>%n письмо помещено в исходящие.</numerusform>
            <numerusform>%n письма помещены в исходящие.</numerusform>
            <numerusform>%n писем помещено в исходящие.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n document(s) were not queued. Preview and Send the same range again to queue them; those already queued are skipped.</source>
        <translation>
            <numerusform>Остановлено: %n документ не поставлен в очередь. Повторите «Предпросмотр» и «Отправить» для того же диапазона; уже поставленные будут пропущены.</numerusform>
            <numerusform>Остановлено: %n документа не поставлены в очередь. Повторите «Предпросмотр» и «Отправить» для того же диапазона; уже поставленные будут пропущены.</numerusform>
            <numerusform>Остановлено: %n документов не поставлено в очередь. Повторите «Предпросмотр» и «Отправить» для того же диапазона; уже поставленные будут пропущены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview again to send another batch.</source>
        <translation>Чтобы отправить новую рассылку, снова нажмите «Предпросмотр».</translation>
    </message>
    <message>
        <source>Draft #%1</source>
        <translation>Черновик № %1</translation>
    </message>
    <message>
        <source>not posted yet: drafts are not sent</source>
        <translation>ещё не проведён: черновики не отправляются</translation>
    </message>
    <message>
        <source>already in the outbox</source>
        <translation>уже в исходящих</translation>
    </message>
    <message>
        <source>already sent (tick “Send again documents that were already sent” to include it)</source>
        <translation>уже отправлен (чтобы включить его, отметьте «Повторно отправить уже отправленные документы»)</translation>
    </message>
    <message>
        <source>no valid e-mail address on the customer&apos;s card</source>
        <translation>в карточке клиента нет действительного адреса эл. почты</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Отправлено: %1</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Ожидают: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Не удалось: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Приостановлено: %1</translation>
    </message>
    <message>
        <source>Uncertain: %1</source>
        <translation>Не определено: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>you can close this window; sending goes on in the background</source>
        <translation>это окно можно закрыть; отправка продолжится в фоне</translation>
    </message>
    <message>
        <source>paused: Resume to send the rest</source>
        <translation>приостановлено: нажмите «Продолжить», чтобы отправить остальное</translation>
    </message>
</context>
<context>
    <name>BatchRunBox</name>
    <message>
        <source>%v of %m documents</source>
        <translation>%v из %m документов</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Ход рассылки</translation>
    </message>
    <message>
        <source>Stop adding to the queue</source>
        <translation>Прекратить постановку в очередь</translation>
    </message>
    <message>
        <source>What is already queued stays queued and is sent; the rest is not queued</source>
        <translation>Уже поставленное в очередь остаётся и будет отправлено; остальное не ставится в очередь</translation>
    </message>
    <message>
        <source>P&amp;ause sending</source>
        <translation>&amp;Приостановить отправку</translation>
    </message>
    <message>
        <source>&amp;Resume sending</source>
        <translation>П&amp;родолжить отправку</translation>
    </message>
    <message>
        <source>&amp;Cancel messages not yet sent</source>
        <translation>&amp;Отменить ещё не отправленные письма</translation>
    </message>
    <message>
        <source>Putting the messages in the outbox…</source>
        <translation>Помещаем письма в исходящие…</translation>
    </message>
    <message>
        <source>Stopping after the message being queued…</source>
        <translation>Остановка после текущего письма…</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Рассылка %1</translation>
    </message>
    <message>
        <source>Queueing stopped by an error. Messages already queued stay in the outbox.</source>
        <translation>Постановка в очередь остановлена из-за ошибки. Уже поставленные письма остаются в исходящих.</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>выполнено %v из %m</translation>
    </message>
    <message>
        <source>Paused: %1 message(s) held.</source>
        <translation>Приостановлено: задержано писем: %1.</translation>
    </message>
    <message>
        <source>Resumed: %1 message(s) will be sent.</source>
        <translation>Возобновлено: будет отправлено писем: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n message(s) of this batch not yet sent? They will not be sent. Messages already on their way to the server still go.</source>
        <translation>
            <numerusform>Отменить %n ещё не отправленное письмо этой рассылки? Оно не будет отправлено. Письма, уже переданные серверу, всё равно уйдут.</numerusform>
            <numerusform>Отменить %n ещё не отправленных письма этой рассылки? Они не будут отправлены. Письма, уже переданные серверу, всё равно уйдут.</numerusform>
            <numerusform>Отменить %n ещё не отправленных писем этой рассылки? Они не будут отправлены. Письма, уже переданные серверу, всё равно уйдут.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1 message(s) will not be sent.</source>
        <translation>Отменено: не будет отправлено писем: %1.</translation>
    </message>
</context>
<context>
    <name>BooksPage</name>
    <message>
        <source>Books</source>
        <translation>Бухгалтерия</translation>
    </message>
    <message>
        <source>New &amp;journal entry…</source>
        <translation>Новая &amp;проводка…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить как &amp;PDF…</translation>
    </message>
    <message>
        <source>Trial balance as of</source>
        <translation>Оборотно-сальдовая ведомость на</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Дебет</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Сальдо</translation>
    </message>
    <message>
        <source>Trial balance</source>
        <translation>Оборотно-сальдовая ведомость</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Проводки</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>План счетов</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n счёт</numerusform>
            <numerusform>%n счёта</numerusform>
            <numerusform>%n счетов</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the trial balance as PDF</source>
        <translation>Сохранить оборотно-сальдовую ведомость в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Journal entry %1 kept.</source>
        <translation>Проводка %1 сохранена.</translation>
    </message>
</context>
<context>
    <name>BounceMarks</name>
    <message>
        <source>%1 bounced on %2: %3</source>
        <translation>%1: возврат %2: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>Bounced address</source>
        <translation>Адрес с возвратом</translation>
    </message>
    <message>
        <source>Clear mark</source>
        <translation>Снять отметку</translation>
    </message>
    <message>
        <source>The address works again (the customer has mended it).</source>
        <translation>Адрес снова работает (клиент его исправил).</translation>
    </message>
</context>
<context>
    <name>ChartOfAccountsBox</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Банковский счёт</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>Код НДС</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>План счетов</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Новый счёт…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;В архив</translation>
    </message>
    <message>
        <source>bank (the default bank account)</source>
        <translation>банк (банковский счёт по умолчанию)</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>касса</translation>
    </message>
    <message>
        <source>receivables</source>
        <translation>дебиторская задолженность</translation>
    </message>
    <message>
        <source>input VAT</source>
        <translation>входящий НДС</translation>
    </message>
    <message>
        <source>payables</source>
        <translation>кредиторская задолженность</translation>
    </message>
    <message>
        <source>payables to employees</source>
        <translation>задолженность перед сотрудниками</translation>
    </message>
    <message>
        <source>output VAT</source>
        <translation>исходящий НДС</translation>
    </message>
    <message>
        <source>equity</source>
        <translation>капитал</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>продажи</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>закупки</translation>
    </message>
    <message>
        <source>employee expenses</source>
        <translation>расходы сотрудников</translation>
    </message>
    <message>
        <source>opening balances</source>
        <translation>начальные остатки</translation>
    </message>
    <message>
        <source>reminder fees</source>
        <translation>сборы за напоминания</translation>
    </message>
    <message>
        <source>exchange rate differences</source>
        <translation>курсовые разницы</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Системный: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>&amp;Открыть снова</translation>
    </message>
    <message>
        <source>Posting uses this account: it stays open.</source>
        <translation>Этот счёт используется при проводке: он остаётся открытым.</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Счёт %1 добавлен.</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Переименовать счёт</translation>
    </message>
    <message>
        <source>New name of account %1:</source>
        <translation>Новое название счёта %1:</translation>
    </message>
    <message>
        <source>Account %1 renamed.</source>
        <translation>Счёт %1 переименован.</translation>
    </message>
    <message>
        <source>Account %1 archived: refused in new entries, its history stays.</source>
        <translation>Счёт %1 перенесён в архив: в новых проводках не принимается, история сохраняется.</translation>
    </message>
    <message>
        <source>Account %1 is open again.</source>
        <translation>Счёт %1 снова открыт.</translation>
    </message>
</context>
<context>
    <name>CompanyTab</name>
    <message>
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Код страны</translation>
    </message>
    <message>
        <source>ISO 3166 code of two letters, such as DE or RO: e-invoices need it (BT-40)</source>
        <translation>Двухбуквенный код ISO 3166, например DE или RO: он нужен электронным счетам (BT-40)</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>ИНН / номер плательщика НДС</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Bank account (IBAN)</source>
        <translation>Банковский счёт (IBAN)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>The bank&apos;s BIC of 8 or 11 characters, such as BYLADEM1001 (BT-86)</source>
        <translation>BIC банка из 8 или 11 символов, например BYLADEM1001 (BT-86)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Days until a new invoice is due</source>
        <translation>Дней до срока оплаты нового счёта</translation>
    </message>
    <message>
        <source>Company language</source>
        <translation>Язык компании</translation>
    </message>
    <message>
        <source>The language of documents for parties that have none of their own</source>
        <translation>Язык документов для контрагентов, у которых свой язык не указан</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Currency of the books</source>
        <translation>Валюта учёта</translation>
    </message>
    <message>
        <source>The currency the books are kept in: chosen once, when the books start</source>
        <translation>Валюта учёта: выбирается один раз, при начале учёта</translation>
    </message>
    <message>
        <source>The sender below is used only where the Mail server tab leaves From name, From address or Reply-To empty.</source>
        <translation>Отправитель ниже используется, только если на вкладке «Почтовый сервер» не заполнены имя отправителя, адрес отправителя или адрес для ответа.</translation>
    </message>
    <message>
        <source>Used when the Mail server tab names no From address</source>
        <translation>Используется, если на вкладке «Почтовый сервер» не указан адрес отправителя</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Имя отправителя</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Адрес отправителя</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Адрес для ответа</translation>
    </message>
    <message>
        <source>Used when neither the document, the sending user&apos;s card nor the Mail server tab names one</source>
        <translation>Используется, если его не указывают ни документ, ни карточка отправляющего пользователя, ни вкладка «Почтовый сервер»</translation>
    </message>
    <message>
        <source>E-invoices (Factur-X, XRechnung, Peppol, RO e-Factura) name the company&apos;s contact telephone and the address where it receives e-invoices.</source>
        <translation>В электронных счетах (Factur-X, XRechnung, Peppol, RO e-Factura) указаны контактный телефон компании и адрес, на который она получает электронные счета.</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>The contact&apos;s telephone, with at least three digits (BT-42)</source>
        <translation>Телефон контактного лица, не менее трёх цифр (BT-42)</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>Электронный адрес</translation>
    </message>
    <message>
        <source>Where the company receives e-invoices (BT-34): an email address or a Peppol id; empty: the sender address</source>
        <translation>Куда компания получает электронные счета (BT-34): адрес электронной почты или идентификатор Peppol; пусто — адрес отправителя</translation>
    </message>
    <message>
        <source>Address scheme</source>
        <translation>Схема адреса</translation>
    </message>
    <message>
        <source>EM for an email address, else the EAS code of the id, such as 9930</source>
        <translation>EM для адреса электронной почты, иначе код EAS идентификатора, например 9930</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Предпросмотр логотипа</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Выбрать &amp;логотип…</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Выбрать логотип</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Убрать логотип</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Убрать логотип</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture of at most %1 KB; it prints at the top of documents.</source>
        <translation>Изображение PNG или JPEG размером не более %1 КБ; печатается вверху документов.</translation>
    </message>
    <message>
        <source>Problem with the logo</source>
        <translation>Проблема с логотипом</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Проблема: %1</translation>
    </message>
    <message>
        <source>the picture cannot be read; save it again as PNG or JPEG</source>
        <translation>изображение не читается; сохраните его заново в PNG или JPEG</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 не удаётся прочитать: %2</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>Выберите логотип компании</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
</context>
<context>
    <name>ContactChoice</name>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Printed as “Attn.” on the copy; the email goes to this person&apos;s addresses</source>
        <translation>Печатается в документе как «Вниманию»; письмо уходит на адреса этого лица</translation>
    </message>
    <message>
        <source>No contact person</source>
        <translation>Без контактного лица</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>LedgerPost ran into a bug</source>
        <translation>В LedgerPost произошла ошибка</translation>
    </message>
    <message>
        <source>Something went wrong inside LedgerPost: what you were doing may not have finished, and what was saved before stays saved.</source>
        <translation>Внутри LedgerPost что-то пошло не так: начатое действие могло не завершиться, но всё, что было сохранено раньше, остаётся сохранённым.</translation>
    </message>
    <message>
        <source>The log file is %1.</source>
        <translation>Файл журнала: %1.</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Файл журнала записать не удалось.</translation>
    </message>
    <message>
        <source>Please send this report to whoever supports LedgerPost.</source>
        <translation>Пожалуйста, отправьте этот отчёт тем, кто поддерживает LedgerPost.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation>Кредит-нота к %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Lines to credit</source>
        <translation>Строки к кредитованию</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>НДС %</translation>
    </message>
    <message>
        <source>Make the credit note</source>
        <translation>Создать кредит-ноту</translation>
    </message>
    <message>
        <source>Tick the lines to credit; quantities can be changed in the draft.</source>
        <translation>Отметьте строки к кредитованию; количества можно изменить в черновике.</translation>
    </message>
    <message>
        <source>This invoice cannot be credited.</source>
        <translation>Этот счёт нельзя кредитовать.</translation>
    </message>
    <message>
        <source>Invoice %1, total %2; left to credit %3 %4</source>
        <translation>Счёт %1, итого %2; осталось кредитовать %3 %4</translation>
    </message>
    <message>
        <source>To credit: %1 %2</source>
        <translation>К кредитованию: %1 %2</translation>
    </message>
    <message>
        <source>Tick at least one line.</source>
        <translation>Отметьте хотя бы одну строку.</translation>
    </message>
    <message>
        <source>That is more than is left to credit; take fewer lines, or lower a quantity in the draft.</source>
        <translation>Это больше, чем осталось кредитовать; возьмите меньше строк или уменьшите количество в черновике.</translation>
    </message>
</context>
<context>
    <name>CreditedInvoice</name>
    <message>
        <source>Credits invoice</source>
        <translation>Кредитует счёт</translation>
    </message>
    <message>
        <source>The posted invoice this credit note corrects</source>
        <translation>Проведённый счёт, который исправляет эта кредит-нота</translation>
    </message>
    <message>
        <source>Choose the invoice…</source>
        <translation>Выберите счёт…</translation>
    </message>
    <message>
        <source>%1 of %2 · left to credit %3 %4</source>
        <translation>%1 от %2 · осталось кредитовать %3 %4</translation>
    </message>
</context>
<context>
    <name>CreditsPage</name>
    <message>
        <source>Message credits</source>
        <translation>Кредиты на письма</translation>
    </message>
    <message>
        <source>Credits left</source>
        <translation>Осталось кредитов</translation>
    </message>
    <message>
        <source>credits left · one is spent for each message the server accepts</source>
        <translation>кредитов осталось · по одному списывается за каждое письмо, принятое сервером</translation>
    </message>
    <message>
        <source>Credits to add</source>
        <translation>Сколько кредитов добавить</translation>
    </message>
    <message>
        <source>Invoice or receipt number of the purchase</source>
        <translation>Номер счёта или чека покупки</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Add credits</source>
        <translation>Добавить кредиты</translation>
    </message>
    <message>
        <source>Credits:</source>
        <translation>Кредиты:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Пополнить</translation>
    </message>
    <message>
        <source>Only a user with the right to manage credits can top up.</source>
        <translation>Пополнять может только пользователь с правом управлять кредитами.</translation>
    </message>
    <message>
        <source>Credit history</source>
        <translation>История кредитов</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait for credits and go as soon as you top up.</source>
        <translation>
            <numerusform>%n письмо ждёт кредитов и уйдёт сразу после пополнения.</numerusform>
            <numerusform>%n письма ждут кредитов и уйдут сразу после пополнения.</numerusform>
            <numerusform>%n писем ждут кредитов и уйдут сразу после пополнения.</numerusform>
        </translation>
    </message>
    <message>
        <source>One package: %1 credits for %2 %3.</source>
        <translation>Один пакет: %1 кредитов за %2 %3.</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Письмо %1</translation>
    </message>
    <message>
        <source>Trial credits</source>
        <translation>Пробные кредиты</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Пополнение</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Письмо отправлено</translation>
    </message>
    <message>
        <source>Add %1 credits with the reference “%2”? Credit entries are kept for good.</source>
        <translation>Добавить %1 кредитов с основанием «%2»? Записи о кредитах хранятся навсегда.</translation>
    </message>
    <message>
        <source>Added %1 credits. The balance is now %2.</source>
        <translation>Добавлено кредитов: %1. Теперь баланс: %2.</translation>
    </message>
</context>
<context>
    <name>CurrencyChoice</name>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
</context>
<context>
    <name>DeclaredField</name>
    <message>
        <source>Problem with %1</source>
        <translation>Проблема: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryStatusLabel</name>
    <message>
        <source>Mail status</source>
        <translation>Состояние почты</translation>
    </message>
    <message>
        <source>Mail: no server set</source>
        <translation>Почта: сервер не задан</translation>
    </message>
    <message>
        <source>Mail: offline</source>
        <translation>Почта: нет связи</translation>
    </message>
    <message>
        <source>Mail: online</source>
        <translation>Почта: на связи</translation>
    </message>
    <message>
        <source>Mail: ready</source>
        <translation>Почта: готова</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n в ожидании</numerusform>
            <numerusform>%n в ожидании</numerusform>
            <numerusform>%n в ожидании</numerusform>
        </translation>
    </message>
    <message>
        <source>next attempt in %1</source>
        <translation>следующая попытка через %1</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n требует внимания</numerusform>
            <numerusform>%n требуют внимания</numerusform>
            <numerusform>%n требуют внимания</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) wait for you: open Settings</source>
        <translation>
            <numerusform>%n учётная запись ждёт вас: откройте настройки</numerusform>
            <numerusform>%n учётные записи ждут вас: откройте настройки</numerusform>
            <numerusform>%n учётных записей ждут вас: откройте настройки</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisputeToggle</name>
    <message>
        <source>In &amp;dispute: no reminders for this invoice</source>
        <translation>&amp;Спорный: без напоминаний по этому счёту</translation>
    </message>
    <message>
        <source>Left out of payment reminders until the box is cleared</source>
        <translation>Исключён из напоминаний об оплате, пока флажок не снят</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>У вас нет права: %1</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save and print</source>
        <translation>Сохранить и напечатать</translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation>Сохранить и отправить</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Провести</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Send by email…</source>
        <translation>Отправить по эл. почте…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Кредит-нота…</translation>
    </message>
    <message>
        <source>A new credit note for lines of this invoice</source>
        <translation>Новая кредит-нота на строки этого счёта</translation>
    </message>
    <message>
        <source>Send to several…</source>
        <translation>Отправить нескольким…</translation>
    </message>
    <message>
        <source>This letter to many parties, each numbered</source>
        <translation>Это письмо многим контрагентам, каждое со своим номером</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Новый черновик</translation>
    </message>
    <message>
        <source>Net %1   VAT %2   Total %3 %4</source>
        <translation>Без НДС %1   НДС %2   Итого %3 %4</translation>
    </message>
    <message>
        <source>Choose a party first.</source>
        <translation>Сначала выберите контрагента.</translation>
    </message>
</context>
<context>
    <name>DocumentHead</name>
    <message>
        <source>Party</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Email to</source>
        <translation>Письмо на адрес</translation>
    </message>
    <message>
        <source>empty: the contact person&apos;s addresses, else the card&apos;s</source>
        <translation>пусто: адреса контактного лица, иначе адреса карточки</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>Кредитует счёт</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Курс</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>%1 on account</source>
        <translation>%1 аванс</translation>
    </message>
    <message>
        <source>%1 · %2 open</source>
        <translation>%1 · к оплате %2</translation>
    </message>
</context>
<context>
    <name>DocumentRowActions</name>
    <message>
        <source>&amp;Credit note…</source>
        <translation>&amp;Кредит-нота…</translation>
    </message>
    <message>
        <source>&amp;Waive reminder fee…</source>
        <translation>&amp;Отменить плату за напоминание…</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>У вас нет права: %1</translation>
    </message>
    <message>
        <source>A new credit note for this invoice</source>
        <translation>Новая кредит-нота к этому счёту</translation>
    </message>
    <message>
        <source>Credit back the reminder&apos;s fee</source>
        <translation>Вернуть плату за напоминание кредит-нотой</translation>
    </message>
    <message>
        <source>Waive %1 %2 of the fee of %3 to %4? A credit note of the fee is posted; the reminder stays as it was sent.</source>
        <translation>Отменить %1 %2 платы по %3 для %4? Будет проведена кредит-нота на плату; напоминание остаётся таким, каким было отправлено.</translation>
    </message>
    <message>
        <source>Waive reminder fee</source>
        <translation>Отмена платы за напоминание</translation>
    </message>
    <message>
        <source>&amp;Waive fee</source>
        <translation>&amp;Отменить плату</translation>
    </message>
    <message>
        <source>Nothing of the fee was open any more.</source>
        <translation>От платы уже ничего не оставалось к оплате.</translation>
    </message>
    <message>
        <source>%1 waives the fee of %2.</source>
        <translation>%1 отменяет плату по %2.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>e.g. 5-17</source>
        <translation>напр. 5-17</translation>
    </message>
    <message>
        <source>Number range</source>
        <translation>Диапазон номеров</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Все контрагенты</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Any email state</source>
        <translation>Любое состояние отправки</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Invoices by where they stand with their payment today</source>
        <translation>Счета по состоянию оплаты на сегодня</translation>
    </message>
    <message>
        <source>Any payment state</source>
        <translation>Любое состояние оплаты</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Новый документ</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Номера</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>No documents to show. Change the filters above, or create one with New…</source>
        <translation>Нет документов. Измените фильтры выше или создайте документ кнопкой «Создать…».</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>Диапазон дат заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>No party is called %1.</source>
        <translation>Контрагента с именем %1 нет.</translation>
    </message>
</context>
<context>
    <name>EInvoiceFields</name>
    <message>
        <source>E-invoices</source>
        <translation>Электронные счета</translation>
    </message>
    <message>
        <source>The customer&apos;s VAT id with its country letters, such as DE123456789</source>
        <translation>Номер плательщика НДС клиента с буквами страны, например DE123456789</translation>
    </message>
    <message>
        <source>&amp;VAT id</source>
        <translation>&amp;Номер НДС</translation>
    </message>
    <message>
        <source>What e-invoices still need</source>
        <translation>Чего ещё не хватает для электронных счетов</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Проблема: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>%1 (unknown code)</source>
        <translation>%1 (неизвестный код)</translation>
    </message>
    <message>
        <source>The country as an e-invoice names it (ISO code, e.g. DE for Germany)</source>
        <translation>Страна так, как её называет электронный счёт (код ISO, например DE для Германии)</translation>
    </message>
    <message>
        <source>Countr&amp;y code</source>
        <translation>Код стран&amp;ы</translation>
    </message>
    <message>
        <source>The buyer reference (BT-10) their invoices must carry. For a German public buyer this is its Leitweg-ID (such as 991-01234-44), which XRechnung requires.</source>
        <translation>Ссылка покупателя (BT-10), которую должны нести его счета. У немецкого государственного заказчика это его Leitweg-ID (например, 991-01234-44), которого требует XRechnung.</translation>
    </message>
    <message>
        <source>&amp;Buyer reference (Leitweg-ID)</source>
        <translation>&amp;Ссылка покупателя (Leitweg-ID)</translation>
    </message>
    <message>
        <source>Where the customer receives e-invoices (BT-49): a Peppol id or an email address; empty: the billing email address is used</source>
        <translation>Куда клиент получает электронные счета (BT-49): идентификатор Peppol или адрес эл. почты; пусто: используется адрес для счетов</translation>
    </message>
    <message>
        <source>&amp;Electronic address</source>
        <translation>&amp;Электронный адрес</translation>
    </message>
    <message>
        <source>(email, the default)</source>
        <translation>(эл. почта, по умолчанию)</translation>
    </message>
    <message>
        <source>Email address (EM)</source>
        <translation>Адрес эл. почты (EM)</translation>
    </message>
    <message>
        <source>Leitweg-ID (0204)</source>
        <translation>Leitweg-ID (0204)</translation>
    </message>
    <message>
        <source>German VAT id (9930)</source>
        <translation>Немецкий номер НДС (9930)</translation>
    </message>
    <message>
        <source>GLN, global location number (0088)</source>
        <translation>GLN, глобальный номер места (0088)</translation>
    </message>
    <message>
        <source>DUNS number (0060)</source>
        <translation>Номер DUNS (0060)</translation>
    </message>
    <message>
        <source>French VAT id (9957)</source>
        <translation>Французский номер НДС (9957)</translation>
    </message>
    <message>
        <source>What kind of address the electronic address is</source>
        <translation>Какого рода адрес электронный адрес</translation>
    </message>
    <message>
        <source>Address &amp;scheme</source>
        <translation>Сх&amp;ема адреса</translation>
    </message>
    <message>
        <source>Automatic (Factur-X with a VAT id, else none)</source>
        <translation>Автоматически (Factur-X при номере НДС, иначе нет)</translation>
    </message>
    <message>
        <source>How this customer&apos;s invoices go out as structured data, beside the print</source>
        <translation>Как счета этого клиента уходят структурированными данными рядом с печатной копией</translation>
    </message>
    <message>
        <source>E-invoice &amp;format</source>
        <translation>&amp;Формат электронного счёта</translation>
    </message>
    <message>
        <source>No e-invoice: invoices go out as print copies only.</source>
        <translation>Без электронного счёта: счета уходят только печатной копией.</translation>
    </message>
    <message>
        <source>The card has what %1 needs.</source>
        <translation>В карточке есть всё, что нужно для %1.</translation>
    </message>
    <message>
        <source>For %1 still missing: %2</source>
        <translation>Для %1 ещё не хватает: %2</translation>
    </message>
    <message>
        <source>None (print copy only)</source>
        <translation>Нет (только печатная копия)</translation>
    </message>
    <message>
        <source>Factur-X (PDF with the invoice data inside)</source>
        <translation>Factur-X (PDF с данными счёта внутри)</translation>
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
        <translation>Электронный счёт</translation>
    </message>
    <message>
        <source>%1 inside the print copy, validated ✓</source>
        <translation>%1 внутри печатной копии, проверен ✓</translation>
    </message>
    <message>
        <source>%1 attached, validated ✓</source>
        <translation>%1 приложен, проверен ✓</translation>
    </message>
    <message>
        <source>%1 not attached, because:</source>
        <translation>%1 не приложен, потому что:</translation>
    </message>
    <message>
        <source>The message can still go, without the e-invoice.</source>
        <translation>Сообщение всё равно можно отправить, без электронного счёта.</translation>
    </message>
    <message>
        <source>The e-invoice could not be checked: %1</source>
        <translation>Не удалось проверить электронный счёт: %1</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;Open ledger…</source>
        <translation>&amp;Открыть базу учёта…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Импорт из файла…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>LedgerPost could not be started on that ledger.</source>
        <translation>Не удалось запустить LedgerPost с этой базой учёта.</translation>
    </message>
    <message>
        <source>Back up the ledger</source>
        <translation>Резервная копия книги</translation>
    </message>
    <message>
        <source>Backups (*.ledgerpost)</source>
        <translation>Резервные копии (*.ledgerpost)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1, but the check found %n problem(s): run Check.</source>
        <translation>
            <numerusform>Копия сохранена в %1, но проверка нашла %n проблему: запустите проверку.</numerusform>
            <numerusform>Копия сохранена в %1, но проверка нашла %n проблемы: запустите проверку.</numerusform>
            <numerusform>Копия сохранена в %1, но проверка нашла %n проблем: запустите проверку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up to %1 and checked.</source>
        <translation>Копия сохранена в %1 и проверена.</translation>
    </message>
</context>
<context>
    <name>GeneralLedgerDialog</name>
    <message>
        <source>General ledger: %1 %2</source>
        <translation>Главная книга: %1 %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Дебет</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Сальдо</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Начальное сальдо</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Конечное сальдо</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить как &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the general ledger as PDF</source>
        <translation>Сохранить главную книгу в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from a file</source>
        <translation>Импорт из файла</translation>
    </message>
    <message>
        <source>Cards: customers, suppliers, employees (CSV)</source>
        <translation>Карточки: клиенты, поставщики, сотрудники (CSV)</translation>
    </message>
    <message>
        <source>Documents: invoices, credit notes, opening items (CSV or JSON)</source>
        <translation>Документы: счета, кредит-ноты, начальные остатки (CSV или JSON)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Post the documents (numbered and final)</source>
        <translation>&amp;Провести документы (с номерами, окончательно)</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>В файле</translation>
    </message>
    <message>
        <source>Choose a file, then Check: nothing is written until Import.</source>
        <translation>Выберите файл и нажмите «Проверить»: до импорта ничего не записывается.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV or JSON (*.csv *.json)</source>
        <translation>CSV или JSON (*.csv *.json)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>New cards: %1, updated: %2, unchanged: %3.</source>
        <translation>Новых карточек: %1, изменённых: %2, без изменений: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) created.</source>
        <translation>
            <numerusform>Создан %n документ.</numerusform>
            <numerusform>Создано %n документа.</numerusform>
            <numerusform>Создано %n документов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) pass every check.</source>
        <translation>
            <numerusform>%n документ прошёл все проверки.</numerusform>
            <numerusform>%n документа прошли все проверки.</numerusform>
            <numerusform>%n документов прошли все проверки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was written. Mend the file and check again.</source>
        <translation>
            <numerusform>%n проблема: ничего не записано. Исправьте файл и проверьте снова.</numerusform>
            <numerusform>%n проблемы: ничего не записано. Исправьте файл и проверьте снова.</numerusform>
            <numerusform>%n проблем: ничего не записано. Исправьте файл и проверьте снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import.</source>
        <translation>Ничего не записывается, пока вы не выберете «Импортировать».</translation>
    </message>
</context>
<context>
    <name>JournalEntriesBox</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Сторно</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Проводки</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Провести</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;Удалить черновик</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>&amp;Сторнировать…</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Проведён</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n проводка</numerusform>
            <numerusform>%n проводки</numerusform>
            <numerusform>%n проводок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n draft(s) not posted yet</source>
        <translation>
            <numerusform>; %n черновик ещё не проведён</numerusform>
            <numerusform>; %n черновика ещё не проведены</numerusform>
            <numerusform>; %n черновиков ещё не проведены</numerusform>
        </translation>
    </message>
    <message>
        <source>reverses %1</source>
        <translation>сторнирует %1</translation>
    </message>
    <message>
        <source>reversed by %1</source>
        <translation>сторнирована проводкой %1</translation>
    </message>
    <message>
        <source>Delete the draft entry “%1”? It never counted in the books.</source>
        <translation>Удалить черновик проводки «%1»? Он никогда не учитывался в книгах.</translation>
    </message>
    <message>
        <source>Draft entry deleted.</source>
        <translation>Черновик проводки удалён.</translation>
    </message>
    <message>
        <source>Post an entry dated today that undoes %1?</source>
        <translation>Провести проводку сегодняшней датой, отменяющую %1?</translation>
    </message>
    <message>
        <source>Journal entry %1 posted.</source>
        <translation>Проводка %1 проведена.</translation>
    </message>
</context>
<context>
    <name>JournalEntryDialog</name>
    <message>
        <source>New journal entry</source>
        <translation>Новая проводка</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Дебет</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Добавить &amp;строку</translation>
    </message>
    <message>
        <source>&amp;Post now (the entry cannot change afterwards)</source>
        <translation>&amp;Провести сразу (потом изменить нельзя)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>De&amp;scription</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>Line %1: an amount is not a number.</source>
        <translation>Строка %1: сумма не является числом.</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Language of the window</source>
        <translation>Язык окна</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
    <message>
        <source>Problem with the language</source>
        <translation>Проблема с языком</translation>
    </message>
    <message>
        <source>Menus, pages and dialogs speak this language; Arabic also turns the window right to left. Documents and messages go out in each customer&apos;s own language.</source>
        <translation>Меню, страницы и диалоги будут на этом языке; арабский также переворачивает окно справа налево. Документы и письма уходят на языке каждого клиента.</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>&amp;Язык окна:</translation>
    </message>
</context>
<context>
    <name>LetterBatchDialog</name>
    <message>
        <source>Send a letter to several</source>
        <translation>Письмо нескольким получателям</translation>
    </message>
    <message>
        <source>Letter: %1</source>
        <translation>Письмо: %1</translation>
    </message>
    <message>
        <source>%v of %m letters</source>
        <translation>%v из %m писем</translation>
    </message>
    <message>
        <source>Choose the recipients, then Preview.</source>
        <translation>Выберите получателей, затем нажмите «Просмотр».</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Letters to send</source>
        <translation>Письма к отправке</translation>
    </message>
    <message>
        <source>Why no letter</source>
        <translation>Почему без письма</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Пропущены</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <source>&amp;Send letters</source>
        <translation>&amp;Отправить письма</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>A batch being sent goes on in the background</source>
        <translation>Отправляемый пакет продолжается в фоне</translation>
    </message>
    <message>
        <source>The recipients changed: Preview again before sending.</source>
        <translation>Получатели изменились: перед отправкой снова нажмите «Просмотр».</translation>
    </message>
    <message>
        <source>Looking at every card chosen…</source>
        <translation>Проверяю все выбранные карточки…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) to send</source>
        <translation>
            <numerusform>%n письмо к отправке</numerusform>
            <numerusform>%n письма к отправке</numerusform>
            <numerusform>%n писем к отправке</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter to send to the cards chosen</source>
        <translation>Выбранным карточкам нечего отправлять</translation>
    </message>
    <message numerus="yes">
        <source>cost: %n credit(s)</source>
        <translation>
            <numerusform>стоимость: %n кредит</numerusform>
            <numerusform>стоимость: %n кредита</numerusform>
            <numerusform>стоимость: %n кредитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>available: %n credit(s)</source>
        <translation>
            <numerusform>доступно: %n кредит</numerusform>
            <numerusform>доступно: %n кредита</numerusform>
            <numerusform>доступно: %n кредитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will wait until credits are added.</source>
        <translation>
            <numerusform>%n сообщение будет ждать пополнения кредитов.</numerusform>
            <numerusform>%n сообщения будут ждать пополнения кредитов.</numerusform>
            <numerusform>%n сообщений будут ждать пополнения кредитов.</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 sent again (cancelled before))</source>
        <translation>(%1 отправляется снова (ранее отменено))</translation>
    </message>
    <message>
        <source>(%1, made before)</source>
        <translation>(%1, создано ранее)</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n card(s), with the reason</source>
        <translation>
            <numerusform>Пропущена %n карточка, с причиной</numerusform>
            <numerusform>Пропущены %n карточки, с причиной</numerusform>
            <numerusform>Пропущено %n карточек, с причиной</numerusform>
        </translation>
    </message>
    <message>
        <source>No card chosen is left out.</source>
        <translation>Ни одна выбранная карточка не пропущена.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) made and put in the outbox.</source>
        <translation>
            <numerusform>%n письмо создано и помещено в исходящие.</numerusform>
            <numerusform>%n письма созданы и помещены в исходящие.</numerusform>
            <numerusform>%n писем создано и помещено в исходящие.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n card(s) were not reached. Preview and Send again to write to them; those who have the letter get none again.</source>
        <translation>
            <numerusform>Остановлено: %n карточка не обработана. Нажмите «Просмотр» и «Отправить» снова; кто уже получил письмо, второго не получит.</numerusform>
            <numerusform>Остановлено: %n карточки не обработаны. Нажмите «Просмотр» и «Отправить» снова; кто уже получил письмо, второго не получит.</numerusform>
            <numerusform>Остановлено: %n карточек не обработано. Нажмите «Просмотр» и «Отправить» снова; кто уже получил письмо, второго не получит.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n previewed letter(s) were not queued; Preview again to see why.</source>
        <translation>
            <numerusform>%n письмо из просмотра не поставлено в очередь; снова нажмите «Просмотр», чтобы узнать почему.</numerusform>
            <numerusform>%n письма из просмотра не поставлены в очередь; снова нажмите «Просмотр», чтобы узнать почему.</numerusform>
            <numerusform>%n писем из просмотра не поставлено в очередь; снова нажмите «Просмотр», чтобы узнать почему.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview again to see what is left.</source>
        <translation>Снова нажмите «Просмотр», чтобы увидеть, что осталось.</translation>
    </message>
</context>
<context>
    <name>LetterFields</name>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>The subject, also of the email</source>
        <translation>Тема, в том числе письма</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Dear customer,

A blank line starts a new paragraph.
- a line starting with a dash is an item of a list</source>
        <translation>Уважаемый клиент!

Пустая строка начинает новый абзац.
- строка, начинающаяся с дефиса, — пункт списка</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>e.g. Kind regards</source>
        <translation>напр. С уважением</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <source>A user of the ledger, or any name typed here</source>
        <translation>Пользователь книги или любое имя, введённое здесь</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>Язык письма</translation>
    </message>
    <message>
        <source>The print copy&apos;s labels and the email&apos;s words follow this language</source>
        <translation>Надписи документа и слова письма будут на этом языке</translation>
    </message>
    <message>
        <source>The party&apos;s language</source>
        <translation>Язык контрагента</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <source>&amp;Closing</source>
        <translation>З&amp;аключение</translation>
    </message>
    <message>
        <source>Si&amp;gned by</source>
        <translation>&amp;Подписал</translation>
    </message>
    <message>
        <source>&amp;Written in</source>
        <translation>&amp;Язык письма</translation>
    </message>
</context>
<context>
    <name>LetterRecipients</name>
    <message>
        <source>Kind of card</source>
        <translation>Вид карточки</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Language of the card</source>
        <translation>Язык карточки</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <source>Filter the cards</source>
        <translation>Фильтр карточек</translation>
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation>Фильтр по имени или коду</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Check all shown</source>
        <translation>Отметить все показанные</translation>
    </message>
    <message>
        <source>Uncheck all shown</source>
        <translation>Снять отметку со всех показанных</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) chosen</source>
        <translation>
            <numerusform>выбрана %n карточка</numerusform>
            <numerusform>выбраны %n карточки</numerusform>
            <numerusform>выбрано %n карточек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>НДС %</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Сумма строки</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to LedgerPost</source>
        <translation>Вход в LedgerPost</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Имя для входа</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>&amp;Имя для входа</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Type your login name.</source>
        <translation>Введите имя для входа.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>Неверное имя для входа или пароль.</translation>
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
        <translation>LedgerPost — компании ещё нет</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Mail status</source>
        <translation>Состояние почты</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>Вошедший пользователь</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New document…</source>
        <translation>&amp;Новый документ…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;Почта</translation>
    </message>
    <message>
        <source>Send by email…</source>
        <translation>Отправить по эл. почте…</translation>
    </message>
    <message>
        <source>&amp;Batch send…</source>
        <translation>&amp;Массовая рассылка…</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>У вас нет права: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Пользователь: %1</translation>
    </message>
    <message>
        <source>Email queue</source>
        <translation>Очередь писем</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Отправленные письма</translation>
    </message>
    <message>
        <source>Message credits</source>
        <translation>Кредиты на письма</translation>
    </message>
    <message>
        <source>Ageing of open items</source>
        <translation>Возрастной анализ открытых позиций</translation>
    </message>
    <message>
        <source>Payment &amp;reminders…</source>
        <translation>Напоминания об &amp;оплате…</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Бухгалтерия</translation>
    </message>
    <message>
        <source>VAT report</source>
        <translation>Отчёт по НДС</translation>
    </message>
    <message>
        <source>Users and rights</source>
        <translation>Пользователи и права</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln документ</numerusform>
            <numerusform>%Ln документа</numerusform>
            <numerusform>%Ln документов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
</context>
<context>
    <name>MessagePane</name>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>A few words of your own, shown above the message</source>
        <translation>Несколько своих слов над текстом письма</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Greeting and signature</source>
        <translation>Приветствие и подпись</translation>
    </message>
    <message>
        <source>&amp;Note (goes on top)</source>
        <translation>&amp;Примечание (в начале)</translation>
    </message>
    <message>
        <source>&amp;Message (changes apply to this send only)</source>
        <translation>&amp;Письмо (изменения только для этой отправки)</translation>
    </message>
</context>
<context>
    <name>MessageViewDialog</name>
    <message>
        <source>Message as sent — %1</source>
        <translation>Письмо в отправленном виде — %1</translation>
    </message>
    <message>
        <source>Message as it will be sent — %1</source>
        <translation>Письмо в том виде, в каком оно будет отправлено — %1</translation>
    </message>
    <message>
        <source>%1 so far: the Date line is added when it is first sent</source>
        <translation>%1 пока что: строка Date добавляется при первой отправке</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Ответ на</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>when it is first sent</source>
        <translation>при первой отправке</translation>
    </message>
    <message>
        <source>Blind copies travel only in the envelope, never in the text.</source>
        <translation>Скрытые копии передаются только в конверте, никогда в тексте.</translation>
    </message>
    <message>
        <source>BCC (envelope only):</source>
        <translation>Скрытая копия (только в конверте):</translation>
    </message>
    <message>
        <source>The server&apos;s answer to each recipient</source>
        <translation>Ответ сервера по каждому получателю</translation>
    </message>
    <message>
        <source>Server&apos;s answer:</source>
        <translation>Ответ сервера:</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Доставка:</translation>
    </message>
    <message>
        <source>What the report said</source>
        <translation>Что сказано в отчёте</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Отчёт:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>All headers</source>
        <translation>Все заголовки</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Вложения (%1)</translation>
    </message>
    <message>
        <source>%1 as handed to the server</source>
        <translation>%1 в том виде, как передано серверу</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Сохранить как .eml…</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Сохранить письмо</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>Письма (*.eml)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>Не удалось сохранить письмо: %1</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Новый счёт</translation>
    </message>
    <message>
        <source>A &amp;bank account (receipts and payments can name it)</source>
        <translation>&amp;Банковский счёт (поступления и платежи могут его указывать)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>На&amp;звание</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>&amp;VAT code</source>
        <translation>&amp;Код НДС</translation>
    </message>
</context>
<context>
    <name>OpenLedgerDialog</name>
    <message>
        <source>Open ledger</source>
        <translation>Открыть базу учёта</translation>
    </message>
    <message>
        <source>A ledger file on this computer</source>
        <translation>Файл учёта на этом компьютере</translation>
    </message>
    <message>
        <source>A shared ledger on a PostgreSQL server</source>
        <translation>Общая база учёта на сервере PostgreSQL</translation>
    </message>
    <message>
        <source>Ledger file</source>
        <translation>Файл учёта</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Shared ledger address</source>
        <translation>Адрес общей базы учёта</translation>
    </message>
    <message>
        <source>The database password comes from the keyring (ledgerpost db-password) or from ~/.pgpass; never put it in the address.</source>
        <translation>Пароль базы данных берётся из хранилища ключей (ledgerpost db-password) или из ~/.pgpass; не пишите его в адрес.</translation>
    </message>
    <message>
        <source>Ledger files (*.sqlite3);;All files (*)</source>
        <translation>Файлы учёта (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открываю…</translation>
    </message>
    <message>
        <source>Name a ledger file, or the address of a shared ledger.</source>
        <translation>Укажите файл учёта или адрес общей базы учёта.</translation>
    </message>
    <message>
        <source>There is no ledger file at %1.</source>
        <translation>По пути %1 нет файла учёта.</translation>
    </message>
    <message>
        <source>This is not a database address; a shared ledger looks like %1.</source>
        <translation>Это не адрес базы данных; адрес общей базы учёта выглядит так: %1.</translation>
    </message>
    <message>
        <source>The address holds a password: keep it in the keyring (ledgerpost db-password) or in ~/.pgpass, and give the address without it.</source>
        <translation>В адресе есть пароль: храните его в хранилище ключей (ledgerpost db-password) или в ~/.pgpass, а адрес укажите без него.</translation>
    </message>
    <message>
        <source>LedgerPost keeps shared ledgers on PostgreSQL (not %1): %2</source>
        <translation>LedgerPost хранит общие базы учёта в PostgreSQL (не %1): %2</translation>
    </message>
    <message>
        <source>Name the database at the end of the address: %1</source>
        <translation>Укажите базу данных в конце адреса: %1</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Ответ сервера</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Следующая попытка</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди с</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Email queue</source>
        <translation>Очередь писем</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Все письма</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не удалось</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Не определено</translation>
    </message>
    <message>
        <source>Will be tried again</source>
        <translation>Будет повторено</translation>
    </message>
    <message>
        <source>Held (send later)</source>
        <translation>Отложено (отправить позже)</translation>
    </message>
    <message>
        <source>Waiting for credits</source>
        <translation>Ожидает кредитов</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Показать письма</translation>
    </message>
    <message>
        <source>Sending accounts&apos; queues</source>
        <translation>Очереди учётных записей отправки</translation>
    </message>
    <message>
        <source>No messages here. A document you send by email, alone or in a batch, waits in this queue until the mail server accepts it.</source>
        <translation>Здесь нет писем. Документ, отправленный по электронной почте, по одному или пакетом, ждёт в этой очереди, пока почтовый сервер его не примет.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Chosen message</source>
        <translation>Выбранное письмо</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Не удалось прочитать очередь: %1</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 messages</source>
        <translation>Показаны %1 самых новых из %2 писем</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n письмо</numerusform>
            <numerusform>%n письма</numerusform>
            <numerusform>%n писем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages chosen</source>
        <translation>
            <numerusform>выбрано %n письмо</numerusform>
            <numerusform>выбрано %n письма</numerusform>
            <numerusform>выбрано %n писем</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a message to see what the server said.</source>
        <translation>Выберите письмо, чтобы увидеть ответ сервера.</translation>
    </message>
</context>
<context>
    <name>PartiesModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Адреса эл. почты</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>Search by name, code or address</source>
        <translation>Поиск по имени, коду или адресу</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Новая карточка</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the chosen card</source>
        <translation>Изменить выбранную карточку</translation>
    </message>
    <message>
        <source>No cards to show. Add one with New…, or change the search.</source>
        <translation>Нет карточек. Добавьте карточку кнопкой «Создать…» или измените поиск.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <source>Hide the card from the pickers; its documents and history stay</source>
        <translation>Скрыть карточку в списках выбора; документы и история сохраняются</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показать архивные</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n карточка</numerusform>
            <numerusform>%n карточки</numerusform>
            <numerusform>%n карточек</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>&amp;Вернуть из архива</translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation>%1 в архиве.</translation>
    </message>
    <message>
        <source>%1 is shown again.</source>
        <translation>%1 снова показан.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 сохранено.</translation>
    </message>
</context>
<context>
    <name>PartyBalance</name>
    <message>
        <source>Open balance</source>
        <translation>Открытое сальдо</translation>
    </message>
    <message>
        <source>Open balance: nothing open</source>
        <translation>Открытое сальдо: ничего не открыто</translation>
    </message>
    <message>
        <source>Open balance: %1</source>
        <translation>Открытое сальдо: %1</translation>
    </message>
    <message>
        <source>oldest overdue: %1, due %2</source>
        <translation>самый просроченный: %1, срок %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s) overdue)</source>
        <translation>
            <numerusform>(просрочка %n день)</numerusform>
            <numerusform>(просрочка %n дня)</numerusform>
            <numerusform>(просрочка %n дней)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyCopies</name>
    <message>
        <source>Copies of every message</source>
        <translation>Копии каждого письма</translation>
    </message>
    <message>
        <source>Default C&amp;C</source>
        <translation>Копия (&amp;CC) по умолчанию</translation>
    </message>
    <message>
        <source>Default BCC</source>
        <translation>Скрытая копия (BCC) по умолчанию</translation>
    </message>
    <message>
        <source>e.g. accountant@example.com, separate with commas</source>
        <translation>например, buhgalter@example.com, через запятую</translation>
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
        <translation>Новый: %1</translation>
    </message>
    <message>
        <source>Documents and messages go out in this language</source>
        <translation>Документы и письма отправляются на этом языке</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>К&amp;од</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Улица</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Почтовый индекс</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Город</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>С&amp;трана</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Адреса эл. почты</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Для чего</translation>
    </message>
    <message>
        <source>Add &amp;address</source>
        <translation>Добавить &amp;адрес</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>Удалить адрес</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Email addresses (separate with commas)</source>
        <translation>Адреса эл. почты (через запятую)</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Добавить &amp;лицо</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Удалить лицо</translation>
    </message>
    <message>
        <source>You may not see contact addresses: they read “hidden contact” here and stay as they are when you save.</source>
        <translation>Вам нельзя видеть контактные адреса: здесь они показаны как «скрытый контакт» и при сохранении не меняются.</translation>
    </message>
    <message>
        <source>Send report…</source>
        <translation>Отправить отчёт…</translation>
    </message>
    <message>
        <source>Send statement…</source>
        <translation>Отправить выписку…</translation>
    </message>
    <message>
        <source>The statement of account for a period</source>
        <translation>Выписка по счёту за период</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password of %1</source>
        <translation>Пароль пользователя %1</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Повторите</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Текущий пароль</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print copy</source>
        <translation>Печатная копия</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problems before sending</source>
        <translation>Проблемы перед отправкой</translation>
    </message>
    <message>
        <source>Checking the message…</source>
        <translation>Проверяем письмо…</translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation>Готово к отправке.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Восстановить значения по умолчанию</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>Send again</source>
        <translation>Отправить повторно</translation>
    </message>
    <message>
        <source>Send the chosen failed or uncertain messages again (same Message-ID)</source>
        <translation>Повторно отправить выбранные неудачные или неопределённые письма (тот же Message-ID)</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Отправить сейчас</translation>
    </message>
    <message>
        <source>Send a held message without waiting</source>
        <translation>Отправить отложенное письмо без ожидания</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Отменить отправку</translation>
    </message>
    <message>
        <source>Do not send the chosen messages</source>
        <translation>Не отправлять выбранные письма</translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation>Отметить как отправленное…</translation>
    </message>
    <message>
        <source>The customer has the message: record an uncertain one as sent</source>
        <translation>Клиент получил письмо: отметить неопределённое как отправленное</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Открыть документ</translation>
    </message>
    <message>
        <source>View message</source>
        <translation>Просмотреть письмо</translation>
    </message>
    <message>
        <source>The exact message as it went to the server</source>
        <translation>Письмо точно в том виде, в каком ушло на сервер</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be sent again.</source>
        <translation>
            <numerusform>%n письмо будет отправлено повторно.</numerusform>
            <numerusform>%n письма будут отправлены повторно.</numerusform>
            <numerusform>%n писем будут отправлены повторно.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will go now.</source>
        <translation>
            <numerusform>%n письмо уйдёт сейчас.</numerusform>
            <numerusform>%n письма уйдут сейчас.</numerusform>
            <numerusform>%n писем уйдут сейчас.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will not be sent. They stay in the queue as cancelled.</source>
        <translation>
            <numerusform>%n письмо не будет отправлено. Оно останется в очереди как отменённое.</numerusform>
            <numerusform>%n письма не будут отправлены. Они останутся в очереди как отменённые.</numerusform>
            <numerusform>%n писем не будут отправлены. Они останутся в очереди как отменённые.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) cancelled.</source>
        <translation>
            <numerusform>%n письмо отменено.</numerusform>
            <numerusform>%n письма отменены.</numerusform>
            <numerusform>%n писем отменено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Отметить как отправленное</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n message(s) as sent only if you know the customer received it (for example, they confirmed it).

It then counts as sent, one credit is spent for each, and it will not be sent again.</source>
        <translation>
            <numerusform>Отмечайте %n письмо как отправленное, только если знаете, что клиент его получил (например, подтвердил).

Тогда оно считается отправленным, за него списывается один кредит, и повторно оно не отправляется.</numerusform>
            <numerusform>Отмечайте %n письма как отправленные, только если знаете, что клиент их получил (например, подтвердил).

Тогда они считаются отправленными, за каждое списывается один кредит, и повторно они не отправляются.</numerusform>
            <numerusform>Отмечайте %n писем как отправленные, только если знаете, что клиент их получил (например, подтвердил).

Тогда они считаются отправленными, за каждое списывается один кредит, и повторно они не отправляются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent.</source>
        <translation>
            <numerusform>%n письмо отмечено как отправленное.</numerusform>
            <numerusform>%n письма отмечены как отправленные.</numerusform>
            <numerusform>%n писем отмечено как отправленные.</numerusform>
        </translation>
    </message>
    <message>
        <source>This message has not been put together yet: that happens when it is first sent.</source>
        <translation>Это письмо ещё не собрано: это происходит при первой отправке.</translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation>Не удалось прочитать письмо: %1</translation>
    </message>
</context>
<context>
    <name>RateField</name>
    <message>
        <source>Exchange rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>e.g. 1.0850</source>
        <translation>напр. 1,0850</translation>
    </message>
    <message>
        <source>How many units of the document&apos;s currency one unit of %1 buys</source>
        <translation>Сколько единиц валюты документа стоит одна единица %1</translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>последний: %1</translation>
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
        <translation>Зачёты</translation>
    </message>
    <message>
        <source>&amp;Save and post</source>
        <translation>&amp;Сохранить и провести</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Новый: %1</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Неоплаченные счета</translation>
    </message>
    <message>
        <source>Open invoices and fees it settles</source>
        <translation>Открытые счета и сборы, которые он погашает</translation>
    </message>
    <message>
        <source>this receipt</source>
        <translation>этого приходного ордера</translation>
    </message>
    <message>
        <source>this payment</source>
        <translation>этого расходного ордера</translation>
    </message>
    <message>
        <source>%1 stays on account as credit</source>
        <translation>%1 остаётся на счёте как аванс</translation>
    </message>
    <message>
        <source>Choose who the money is from or to.</source>
        <translation>Выберите, от кого или кому эти деньги.</translation>
    </message>
    <message>
        <source>Type the amount, for example 150.00.</source>
        <translation>Введите сумму, например 150,00.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation>&amp;Зачесть</translation>
    </message>
    <message>
        <source>Allocate what is still on account</source>
        <translation>Зачесть оставшийся аванс</translation>
    </message>
    <message>
        <source>Open invoices what is on account may settle</source>
        <translation>Неоплаченные счета, которые может погасить аванс</translation>
    </message>
    <message>
        <source>%1 is on account as credit; no open invoice to settle.</source>
        <translation>%1 на счёте как аванс; неоплаченных счетов нет.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Payment reminders</source>
        <translation>Напоминания об оплате</translation>
    </message>
    <message>
        <source>%v of %m customers</source>
        <translation>%v из %m клиентов</translation>
    </message>
    <message>
        <source>Reminders as of</source>
        <translation>Напоминания на дату</translation>
    </message>
    <message>
        <source>The day whose overdue invoices are reminded; paid since is never named</source>
        <translation>День, на который напоминают о просроченных счетах; оплаченное после него не упоминается</translation>
    </message>
    <message>
        <source>Reminders &amp;as of:</source>
        <translation>Напоминания &amp;на дату:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation>Учётная запись отправки</translation>
    </message>
    <message>
        <source>Every reminder of the run goes from this account</source>
        <translation>Каждое напоминание рассылки отправляется с этой учётной записи</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <source>The usual account</source>
        <translation>Обычная учётная запись</translation>
    </message>
    <message>
        <source>Choose the day, then Preview.</source>
        <translation>Выберите день, затем «Предпросмотр».</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Сбор</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Reminders to send</source>
        <translation>Напоминания к отправке</translation>
    </message>
    <message>
        <source>Why no reminder</source>
        <translation>Почему без напоминания</translation>
    </message>
    <message>
        <source>Customers left out</source>
        <translation>Пропущенные клиенты</translation>
    </message>
    <message>
        <source>&amp;Send reminders</source>
        <translation>&amp;Отправить напоминания</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>A run being sent goes on in the background</source>
        <translation>Отправка продолжается в фоне</translation>
    </message>
    <message>
        <source>The day changed: Preview again before sending.</source>
        <translation>День изменён: перед отправкой снова нажмите «Предпросмотр».</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>У вас нет права: %1</translation>
    </message>
    <message>
        <source>Looking at every customer&apos;s open invoices…</source>
        <translation>Просматриваются неоплаченные счета всех клиентов…</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) to send</source>
        <translation>
            <numerusform>%n напоминание к отправке</numerusform>
            <numerusform>%n напоминания к отправке</numerusform>
            <numerusform>%n напоминаний к отправке</numerusform>
        </translation>
    </message>
    <message>
        <source>open: %1</source>
        <translation>не оплачено: %1</translation>
    </message>
    <message>
        <source>No reminder is due on this day</source>
        <translation>На этот день напоминаний нет</translation>
    </message>
    <message numerus="yes">
        <source>cost: %n credit(s)</source>
        <translation>
            <numerusform>стоимость: %n кредит</numerusform>
            <numerusform>стоимость: %n кредита</numerusform>
            <numerusform>стоимость: %n кредитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>available: %n credit(s)</source>
        <translation>
            <numerusform>доступно: %n кредит</numerusform>
            <numerusform>доступно: %n кредита</numerusform>
            <numerusform>доступно: %n кредитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will wait until credits are added.</source>
        <translation>
            <numerusform>%n письмо будет ждать пополнения кредитов.</numerusform>
            <numerusform>%n письма будут ждать пополнения кредитов.</numerusform>
            <numerusform>%n писем будут ждать пополнения кредитов.</numerusform>
        </translation>
    </message>
    <message>
        <source>copies:</source>
        <translation>копии:</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n customer(s), with the reason</source>
        <translation>
            <numerusform>Пропущен %n клиент, с причиной</numerusform>
            <numerusform>Пропущены %n клиента, с причиной</numerusform>
            <numerusform>Пропущено %n клиентов, с причиной</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer with overdue invoices is left out.</source>
        <translation>Ни один клиент с просроченными счетами не пропущен.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) put in the outbox.</source>
        <translation>
            <numerusform>%n напоминание помещено в исходящие.</numerusform>
            <numerusform>%n напоминания помещены в исходящие.</numerusform>
            <numerusform>%n напоминаний помещено в исходящие.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n customer(s) were not reached. Preview and Send again to remind them; those already reminded are left out.</source>
        <translation>
            <numerusform>Остановлено: %n клиент не обработан. Снова «Предпросмотр» и «Отправить», чтобы напомнить; уже получившие напоминание пропускаются.</numerusform>
            <numerusform>Остановлено: %n клиента не обработаны. Снова «Предпросмотр» и «Отправить», чтобы напомнить; уже получившие напоминание пропускаются.</numerusform>
            <numerusform>Остановлено: %n клиентов не обработаны. Снова «Предпросмотр» и «Отправить», чтобы напомнить; уже получившие напоминание пропускаются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n previewed reminder(s) were not queued (reminded meanwhile, or the message could not be made); Preview again to see why.</source>
        <translation>
            <numerusform>%n напоминание из предпросмотра не поставлено в очередь (уже напомнили или письмо не удалось составить); снова «Предпросмотр», чтобы узнать почему.</numerusform>
            <numerusform>%n напоминания из предпросмотра не поставлены в очередь (уже напомнили или письмо не удалось составить); снова «Предпросмотр», чтобы узнать почему.</numerusform>
            <numerusform>%n напоминаний из предпросмотра не поставлено в очередь (уже напомнили или письмо не удалось составить); снова «Предпросмотр», чтобы узнать почему.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview again to see what is left.</source>
        <translation>Снова «Предпросмотр», чтобы увидеть, что осталось.</translation>
    </message>
    <message>
        <source>marked “never send reminders” on the card</source>
        <translation>на карточке отмечено «никогда не отправлять напоминания»</translation>
    </message>
    <message>
        <source>in dispute (the customer or its overdue invoices)</source>
        <translation>спор (клиент или его просроченные счета)</translation>
    </message>
    <message>
        <source>already reminded at this level</source>
        <translation>уже напомнили на этом уровне</translation>
    </message>
    <message>
        <source>owes less than the minimum amount for reminders</source>
        <translation>должен меньше минимальной суммы для напоминаний</translation>
    </message>
    <message>
        <source>no valid e-mail address on the customer&apos;s card</source>
        <translation>в карточке клиента нет действительного адреса эл. почты</translation>
    </message>
</context>
<context>
    <name>ReminderFlags</name>
    <message>
        <source>Payment reminders</source>
        <translation>Напоминания об оплате</translation>
    </message>
    <message>
        <source>&amp;Never send reminders</source>
        <translation>&amp;Никогда не отправлять напоминания</translation>
    </message>
    <message>
        <source>The customer is left out of every reminder run</source>
        <translation>Клиент пропускается при каждой рассылке напоминаний</translation>
    </message>
    <message>
        <source>In &amp;dispute</source>
        <translation>&amp;Спор</translation>
    </message>
    <message>
        <source>No reminder goes while the dispute lasts; untick it once it is settled</source>
        <translation>Пока идёт спор, напоминания не отправляются; снимите отметку, когда он урегулирован</translation>
    </message>
    <message>
        <source>Only a user who may post documents changes these</source>
        <translation>Изменять это может только пользователь с правом проводить документы</translation>
    </message>
</context>
<context>
    <name>ReminderLevelsTab</name>
    <message>
        <source>A customer whose invoice is overdue gets the reminder of the level it has reached, one level at a time and never the same level twice. Negative days send a friendly notice before the due date.</source>
        <translation>Клиент с просроченным счётом получает напоминание того уровня, которого счёт достиг, по одному уровню за раз и никогда один уровень дважды. Отрицательные дни отправляют дружеское уведомление до срока оплаты.</translation>
    </message>
    <message>
        <source>Reminder levels</source>
        <translation>Уровни напоминаний</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Days after the due date</source>
        <translation>Дней после срока оплаты</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Сбор</translation>
    </message>
    <message>
        <source>Attach the invoices</source>
        <translation>Приложить счета</translation>
    </message>
    <message>
        <source>Attach the open-items statement</source>
        <translation>Приложить выписку открытых позиций</translation>
    </message>
    <message>
        <source>&amp;Add a level</source>
        <translation>&amp;Добавить уровень</translation>
    </message>
    <message>
        <source>Remove the &amp;last level</source>
        <translation>Удалить &amp;последний уровень</translation>
    </message>
    <message>
        <source>Problems of the reminder levels</source>
        <translation>Проблемы уровней напоминаний</translation>
    </message>
    <message>
        <source>Least amount for a reminder</source>
        <translation>Минимальная сумма для напоминания</translation>
    </message>
    <message>
        <source>A customer owing less than this overdue (less money on account) gets none</source>
        <translation>Клиент, чей просроченный долг (за вычетом аванса) меньше этого, напоминания не получает</translation>
    </message>
    <message>
        <source>Problem with the least amount</source>
        <translation>Проблема с минимальной суммой</translation>
    </message>
    <message>
        <source>Least amount for a &amp;reminder:</source>
        <translation>Минимальная сумма для &amp;напоминания:</translation>
    </message>
    <message>
        <source>Days after the due date, level %1</source>
        <translation>Дней после срока оплаты, уровень %1</translation>
    </message>
    <message>
        <source>Fee, level %1</source>
        <translation>Сбор, уровень %1</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more, e.g. 5.00</source>
        <translation>Введите сумму от нуля, например 5,00</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Уровень %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дни</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>сбор</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>Language of the words</source>
        <translation>Язык текста</translation>
    </message>
    <message>
        <source>Restore &amp;bundled words</source>
        <translation>Восстановить &amp;стандартный текст</translation>
    </message>
    <message>
        <source>Reminder subject</source>
        <translation>Тема напоминания</translation>
    </message>
    <message>
        <source>Reminder text</source>
        <translation>Текст напоминания</translation>
    </message>
    <message>
        <source>Problem with the subject</source>
        <translation>Проблема с темой</translation>
    </message>
    <message>
        <source>Problem with the text</source>
        <translation>Проблема с текстом</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Подстановки: %1</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>Words of level %1</source>
        <translation>Текст уровня %1</translation>
    </message>
    <message>
        <source>Your own words</source>
        <translation>Ваш собственный текст</translation>
    </message>
    <message>
        <source>The bundled words</source>
        <translation>Стандартный текст</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>Employee report by email</source>
        <translation>Отчёт сотрудника по электронной почте</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>New ledger file</source>
        <translation>Новый файл книги</translation>
    </message>
    <message>
        <source>The backup becomes a new ledger; the books open now are not touched. Messages that were still to go when the backup was taken wait in the email queue for you to decide, so none goes out twice.</source>
        <translation>Резервная копия станет новой книгой; открытые сейчас книги не затрагиваются. Письма, которые ещё не были отправлены в момент копирования, ждут вашего решения в очереди, чтобы ни одно не ушло дважды.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Open the restored ledger</source>
        <translation>&amp;Открыть восстановленную книгу</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Backups (*.ledgerpost)</source>
        <translation>Резервные копии (*.ledgerpost)</translation>
    </message>
    <message>
        <source>Ledger files (*.sqlite3)</source>
        <translation>Файлы книги (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restoring and checking…</source>
        <translation>Восстановление и проверка…</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>неизвестное время</translation>
    </message>
    <message>
        <source>The backup of %1 is now the ledger %2.</source>
        <translation>Резервная копия от %1 теперь книга %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were still to go: they wait in the email queue for you to decide.</source>
        <translation>
            <numerusform>%n письмо ещё не было отправлено: оно ждёт вашего решения в очереди.</numerusform>
            <numerusform>%n письма ещё не были отправлены: они ждут вашего решения в очереди.</numerusform>
            <numerusform>%n писем ещё не были отправлены: они ждут вашего решения в очереди.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s): run Check there.</source>
        <translation>
            <numerusform>Проверка нашла %n проблему: запустите там проверку.</numerusform>
            <numerusform>Проверка нашла %n проблемы: запустите там проверку.</numerusform>
            <numerusform>Проверка нашла %n проблем: запустите там проверку.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>The preview could not be made.</source>
        <translation>Не удалось построить просмотр.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send by email</source>
        <translation>Отправить по эл. почте</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation>Учётная запись отправки</translation>
    </message>
    <message>
        <source>The account this message goes from; its From address follows</source>
        <translation>Учётная запись, с которой уходит это письмо; адрес отправителя следует за ней</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>BCC</source>
        <translation>Скрытая копия</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Отправить &amp;повторно</translation>
    </message>
    <message>
        <source>Send again although already sent</source>
        <translation>Отправить повторно, хотя уже отправлено</translation>
    </message>
    <message>
        <source>%1 of %2 accepted. %3</source>
        <translation>Принято %1 из %2. %3</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Кому</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Statement %1 – %2</source>
        <translation>Акт сверки %1 – %2</translation>
    </message>
    <message>
        <source>Send by email — %1</source>
        <translation>Отправить по эл. почте — %1</translation>
    </message>
    <message>
        <source>(no sender address set)</source>
        <translation>(адрес отправителя не задан)</translation>
    </message>
    <message>
        <source>Already sent on %1 to %2.</source>
        <translation>Уже отправлено %1 на %2.</translation>
    </message>
    <message>
        <source>Already in the outbox since %1 for %2.</source>
        <translation>Уже в исходящих с %1, для %2.</translation>
    </message>
    <message>
        <source>Employee report %1 – %2</source>
        <translation>Отчёт сотрудника %1 – %2</translation>
    </message>
    <message>
        <source>Open items %1 – %2</source>
        <translation>Неоплаченные счета %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n available</source>
        <translation>
            <numerusform>доступно %n</numerusform>
            <numerusform>доступно %n</numerusform>
            <numerusform>доступно %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this message costs %n</source>
        <translation>
            <numerusform>это письмо стоит %n</numerusform>
            <numerusform>это письмо стоит %n</numerusform>
            <numerusform>это письмо стоит %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Запланировать</translation>
    </message>
    <message>
        <source>Putting the message in the outbox…</source>
        <translation>Помещаем письмо в исходящие…</translation>
    </message>
    <message>
        <source>Nothing was put in the outbox: %1</source>
        <translation>В исходящие ничего не помещено: %1</translation>
    </message>
</context>
<context>
    <name>SendLater</name>
    <message>
        <source>Send &amp;later:</source>
        <translation>Отправить &amp;позже:</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Отправить позже</translation>
    </message>
    <message>
        <source>Date and time to send</source>
        <translation>Дата и время отправки</translation>
    </message>
    <message>
        <source>The time to send is already past: choose a later one.</source>
        <translation>Время отправки уже прошло: выберите более позднее.</translation>
    </message>
</context>
<context>
    <name>SentReportModel</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди с</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Ответ сервера</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>BCC</source>
        <translation>Скрытая копия</translation>
    </message>
</context>
<context>
    <name>SentReportPage</name>
    <message>
        <source>Sent messages</source>
        <translation>Отправленные письма</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Все контрагенты</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>No messages in this period for this user and party.</source>
        <translation>За этот период нет писем этого пользователя и этого контрагента.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n письмо</numerusform>
            <numerusform>%n письма</numerusform>
            <numerusform>%n писем</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the sent messages</source>
        <translation>Экспорт отправленных писем</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Разделы настроек</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Компания</translation>
    </message>
    <message>
        <source>Sending &amp;accounts</source>
        <translation>&amp;Учётные записи отправки</translation>
    </message>
    <message>
        <source>Messa&amp;ges</source>
        <translation>П&amp;исьма</translation>
    </message>
    <message>
        <source>How messages leave the outbox. While you try things out, set a test address: then nothing reaches a customer.</source>
        <translation>Как письма уходят из исходящих. Пока вы пробуете, укажите тестовый адрес: тогда ничего не дойдёт до клиента.</translation>
    </message>
    <message>
        <source>&amp;Sending</source>
        <translation>&amp;Отправка</translation>
    </message>
    <message>
        <source>Each message the server accepts uses one credit; credits are bought in packages of this size and price.</source>
        <translation>Каждое письмо, принятое сервером, расходует один кредит; кредиты покупаются пакетами такого размера и цены.</translation>
    </message>
    <message>
        <source>C&amp;redits</source>
        <translation>&amp;Кредиты</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>На&amp;поминания</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>Nothing was saved: the %1 message in %2 has problems, shown in red; correct them or restore the default.</source>
        <translation>Ничего не сохранено: в письме «%1» на языке %2 есть ошибки, выделенные красным; исправьте их или восстановите текст по умолчанию.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>Settings saved. %1</source>
        <translation>Настройки сохранены. %1</translation>
    </message>
    <message>
        <source>The settings could not be saved because of an unexpected error.</source>
        <translation>Настройки не сохранены из-за непредвиденной ошибки.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n value(s) need a correction, shown in red.</source>
        <translation>
            <numerusform>Ничего не сохранено: %n значение нужно исправить, выделено красным.</numerusform>
            <numerusform>Ничего не сохранено: %n значения нужно исправить, выделены красным.</numerusform>
            <numerusform>Ничего не сохранено: %n значений нужно исправить, выделены красным.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Sign in with a code on another device</source>
        <translation>Войти с кодом на другом устройстве</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Отменить вход</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Состояние входа</translation>
    </message>
    <message>
        <source>Open %1 on any device and enter the code %2.</source>
        <translation>Откройте %1 на любом устройстве и введите код %2.</translation>
    </message>
</context>
<context>
    <name>SmtpTab</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (обычно порт 587)</translation>
    </message>
    <message>
        <source>SSL/TLS from the start (usually port 465)</source>
        <translation>SSL/TLS с самого начала (обычно порт 465)</translation>
    </message>
    <message>
        <source>None: no encryption (local servers only, port 25)</source>
        <translation>Нет: без шифрования (только локальные серверы, порт 25)</translation>
    </message>
    <message>
        <source>Security hint</source>
        <translation>Подсказка о безопасности</translation>
    </message>
    <message>
        <source>Problem with the security</source>
        <translation>Проблема с безопасностью</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Оставьте пустым, чтобы сохранить прежний пароль</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the books. Type it only to change it.</source>
        <translation>Хранится в системном хранилище ключей, никогда — в учётной базе. Вводите его только для смены.</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>Где хранится пароль</translation>
    </message>
    <message>
        <source>Problem with the password</source>
        <translation>Проблема с паролем</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Выберите файл CA</translation>
    </message>
    <message>
        <source>Your password would travel unencrypted and could be read on the way. Tick this only for a mail server on your own local network.</source>
        <translation>Пароль будет передаваться без шифрования, и его могут перехватить. Отмечайте только для почтового сервера в вашей локальной сети.</translation>
    </message>
    <message>
        <source>Warning about unencrypted sign-in</source>
        <translation>Предупреждение о входе без шифрования</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Connect, encrypt and sign in with the settings as typed, without sending</source>
        <translation>Подключиться, включить шифрование и войти с введёнными настройками, ничего не отправляя</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Результат проверки подключения</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>empty: the sender name on the Company tab</source>
        <translation>пусто: имя отправителя с вкладки «Компания»</translation>
    </message>
    <message>
        <source>empty: the sender address on the Company tab</source>
        <translation>пусто: адрес отправителя с вкладки «Компания»</translation>
    </message>
    <message>
        <source>empty: the sending user&apos;s address, else the Company tab&apos;s Reply-To</source>
        <translation>пусто: адрес отправляющего пользователя, иначе адрес для ответа с вкладки «Компания»</translation>
    </message>
    <message>
        <source>Port 587 expects STARTTLS; choose STARTTLS, or SSL on port 465.</source>
        <translation>Порт 587 ожидает STARTTLS; выберите STARTTLS или SSL на порту 465.</translation>
    </message>
    <message>
        <source>Port 465 expects SSL; choose SSL, or STARTTLS on port 587.</source>
        <translation>Порт 465 ожидает SSL; выберите SSL или STARTTLS на порту 587.</translation>
    </message>
    <message>
        <source>Nothing is encrypted (usually port 25): use this only for a mail server on your own network. Most providers want STARTTLS on 587 or SSL on 465.</source>
        <translation>Ничего не шифруется (обычно порт 25): используйте только для почтового сервера в своей сети. Большинство провайдеров требуют STARTTLS на 587 или SSL на 465.</translation>
    </message>
    <message>
        <source>The connection is encrypted from the first byte; usually port 465.</source>
        <translation>Соединение шифруется с первого байта; обычно порт 465.</translation>
    </message>
    <message>
        <source>The connection starts plain and is encrypted before signing in; usually port 587.</source>
        <translation>Соединение начинается без шифрования и шифруется перед входом; обычно порт 587.</translation>
    </message>
    <message>
        <source>Choose the certificate to trust</source>
        <translation>Выберите доверенный сертификат</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Testing the connection… (up to %1 seconds)</source>
        <translation>Проверяем подключение… (до %1 секунд)</translation>
    </message>
    <message>
        <source>✘ The test stopped on an unexpected error.</source>
        <translation>✘ Проверка прервана непредвиденной ошибкой.</translation>
    </message>
</context>
<context>
    <name>StatementPeriod</name>
    <message>
        <source>Statement of account by email</source>
        <translation>Выписка по счёту по эл. почте</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Every movement of the period</source>
        <translation>Все движения за период</translation>
    </message>
    <message>
        <source>What is open at the period&apos;s end</source>
        <translation>Что открыто на конец периода</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>&amp;Выписка</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Kind of message</source>
        <translation>Вид письма</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Whose wording this is</source>
        <translation>Чей это текст</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Восстановить по умолчанию</translation>
    </message>
    <message>
        <source>Restore the default wording</source>
        <translation>Восстановить текст по умолчанию</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Приветствие</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Подстановки</translation>
    </message>
    <message>
        <source>Click one to put it in at the cursor</source>
        <translation>Нажмите, чтобы вставить в позицию курсора</translation>
    </message>
    <message>
        <source>Preview of the subject</source>
        <translation>Предпросмотр темы</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Предпросмотр письма</translation>
    </message>
    <message>
        <source>Problem with the templates</source>
        <translation>Проблема с шаблонами</translation>
    </message>
    <message>
        <source>Message for:</source>
        <translation>Письмо для:</translation>
    </message>
    <message>
        <source>in</source>
        <translation>на языке</translation>
    </message>
    <message>
        <source>Placeholders (click to insert)</source>
        <translation>Подстановки (нажмите, чтобы вставить)</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>Предпросмотр с примерными значениями</translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation>Акт сверки с клиентом</translation>
    </message>
    <message>
        <source>Customer statement, open items</source>
        <translation>Акт сверки, неоплаченные счета</translation>
    </message>
    <message>
        <source>Employee report</source>
        <translation>Отчёт сотруднику</translation>
    </message>
    <message>
        <source>the customer&apos;s, supplier&apos;s or employee&apos;s name</source>
        <translation>имя клиента, поставщика или сотрудника</translation>
    </message>
    <message>
        <source>the document number</source>
        <translation>номер документа</translation>
    </message>
    <message>
        <source>the document date</source>
        <translation>дата документа</translation>
    </message>
    <message>
        <source>the total with its currency</source>
        <translation>сумма с валютой</translation>
    </message>
    <message>
        <source>the date payment is due</source>
        <translation>срок оплаты</translation>
    </message>
    <message>
        <source>your company&apos;s name</source>
        <translation>название вашей компании</translation>
    </message>
    <message>
        <source>the period the statement or report covers</source>
        <translation>период акта сверки или отчёта</translation>
    </message>
    <message>
        <source>the letter&apos;s own subject</source>
        <translation>собственная тема письма</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>Ваш текст</translation>
    </message>
    <message>
        <source>Default wording</source>
        <translation>Текст по умолчанию</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Message just sent</source>
        <translation>Только что отправленное письмо</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo: do not send the message</source>
        <translation>Отменить: не отправлять письмо</translation>
    </message>
    <message>
        <source>Close the bar</source>
        <translation>Закрыть панель</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 для %2</translation>
    </message>
    <message>
        <source>%1 will be sent on %2.</source>
        <translation>%1 будет отправлено %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 goes in %n s.</source>
        <translation>
            <numerusform>%1 уйдёт через %n с.</numerusform>
            <numerusform>%1 уйдёт через %n с.</numerusform>
            <numerusform>%1 уйдёт через %n с.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on its way.</source>
        <translation>%1 в пути.</translation>
    </message>
    <message>
        <source>Taking the message back…</source>
        <translation>Забираем письмо обратно…</translation>
    </message>
    <message>
        <source>Undone: %1 will not be sent.</source>
        <translation>Отменено: %1 не будет отправлено.</translation>
    </message>
    <message>
        <source>Too late to undo: %1 has already been sent.</source>
        <translation>Слишком поздно отменять: %1 уже отправлено.</translation>
    </message>
    <message>
        <source>Too late to undo: %1 is being sent right now.</source>
        <translation>Слишком поздно отменять: %1 отправляется прямо сейчас.</translation>
    </message>
    <message>
        <source>Could not undo: %1 is now “%2”.</source>
        <translation>Не удалось отменить: %1 теперь «%2».</translation>
    </message>
    <message>
        <source>Could not undo: %1 is no longer in the outbox.</source>
        <translation>Не удалось отменить: %1 больше нет в исходящих.</translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>Не удалось отменить %1: %2</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <source>Replies to the messages this user sends go here</source>
        <translation>Ответы на письма этого пользователя приходят сюда</translation>
    </message>
    <message>
        <source>Closes the messages this user sends</source>
        <translation>Завершает письма этого пользователя</translation>
    </message>
    <message>
        <source>Active (may log in)</source>
        <translation>Активен (может входить)</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Подпись</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>&amp;Password (optional)</source>
        <translation>&amp;Пароль (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Повторите</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Права</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Права</translation>
    </message>
    <message>
        <source>set</source>
        <translation>задан</translation>
    </message>
    <message>
        <source>none</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>All rights</source>
        <translation>Все права</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users and rights</source>
        <translation>Пользователи и права</translation>
    </message>
    <message>
        <source>While no one has a password, LedgerPost opens without asking. From the first password on, everyone logs in: set your own password first.</source>
        <translation>Пока ни у кого нет пароля, LedgerPost открывается без запроса. С первым паролем вход нужен всем: сначала задайте свой пароль.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Задать &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Everyone logs in with a login name and a password; a user without a password cannot log in until one is set.</source>
        <translation>Все входят по имени для входа и паролю; пользователь без пароля не сможет войти, пока ему не зададут пароль.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>VatReportPage</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Прошлый квартал</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Другие даты</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить как &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Сохранить как &amp;CSV…</translation>
    </message>
    <message>
        <source>Net VAT due</source>
        <translation>НДС к уплате</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Taxable amount</source>
        <translation>Налоговая база</translation>
    </message>
    <message>
        <source>VAT amount</source>
        <translation>Сумма НДС</translation>
    </message>
    <message>
        <source>VAT by rate</source>
        <translation>НДС по ставкам</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>Documents of the rate</source>
        <translation>Документы по ставке</translation>
    </message>
    <message>
        <source>Choose a rate to see the documents that make it.</source>
        <translation>Выберите ставку, чтобы увидеть её документы.</translation>
    </message>
    <message>
        <source>VAT report</source>
        <translation>Отчёт по НДС</translation>
    </message>
    <message>
        <source>VAT to pay for the period: %1</source>
        <translation>НДС к уплате за период: %1</translation>
    </message>
    <message>
        <source>VAT to reclaim for the period: %1</source>
        <translation>НДС к возмещению за период: %1</translation>
    </message>
    <message>
        <source>No invoice, credit note or purchase invoice in %1 in this period.</source>
        <translation>За этот период нет счетов, кредит-нот и счетов поставщиков в %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) with VAT in this period</source>
        <translation>
            <numerusform>%n документ с НДС за этот период</numerusform>
            <numerusform>%n документа с НДС за этот период</numerusform>
            <numerusform>%n документов с НДС за этот период</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents in %1 have VAT in this period too: choose the currency to see their report.</source>
        <translation>Документы в %1 тоже содержат НДС за этот период: выберите валюту, чтобы увидеть их отчёт.</translation>
    </message>
    <message>
        <source>Output VAT (sales)</source>
        <translation>Исходящий НДС (продажи)</translation>
    </message>
    <message>
        <source>Input VAT (purchases)</source>
        <translation>Входящий НДС (закупки)</translation>
    </message>
    <message>
        <source>%1, total</source>
        <translation>%1, итого</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n document(s)</source>
        <translation>
            <numerusform>%1 по ставке %2: %n документ</numerusform>
            <numerusform>%1 по ставке %2: %n документа</numerusform>
            <numerusform>%1 по ставке %2: %n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Кредит-нота</translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation>Счёт поставщика</translation>
    </message>
    <message>
        <source>Save the VAT report as PDF</source>
        <translation>Сохранить отчёт по НДС в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the VAT report as CSV</source>
        <translation>Сохранить отчёт по НДС в CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>VoucherAllocations</name>
    <message>
        <source>Allocations</source>
        <translation>Зачёты</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>Reversed on</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>&amp;Reverse allocation</source>
        <translation>&amp;Отменить зачёт</translation>
    </message>
    <message>
        <source>The invoice is open again and the money on account, from today</source>
        <translation>С сегодняшнего дня счёт снова не оплачен, а деньги — аванс</translation>
    </message>
</context>
<context>
    <name>VoucherFields</name>
    <message>
        <source>e.g. 150.00</source>
        <translation>напр. 150,00</translation>
    </message>
    <message>
        <source>The bank account the money went through (cash goes through none)</source>
        <translation>Банковский счёт, через который прошли деньги (наличные не проходят ни через какой)</translation>
    </message>
    <message>
        <source>bank statement line, cash book number…</source>
        <translation>строка выписки, номер кассовой книги…</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <source>&amp;Paid to</source>
        <translation>&amp;Получатель</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Amount received</source>
        <translation>&amp;Получено</translation>
    </message>
    <message>
        <source>&amp;Amount paid</source>
        <translation>&amp;Уплачено</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <source>Exchange &amp;rate</source>
        <translation>&amp;Курс</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Способ</translation>
    </message>
    <message>
        <source>&amp;Bank account</source>
        <translation>&amp;Банковский счёт</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Основание</translation>
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
        <translation>Принято сервером</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Задерживается</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Все результаты</translation>
    </message>
    <message>
        <source>%1: refused – %2</source>
        <translation>%1: отклонено – %2</translation>
    </message>
    <message>
        <source>%1: no answer yet</source>
        <translation>%1: ответа ещё нет</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>%1 could not be used: %2</source>
        <translation>Не удалось использовать %1: %2</translation>
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
        <translation>Счета покупателям</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Кредит-ноты</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Коммерческие предложения</translation>
    </message>
    <message>
        <source>Receipt vouchers</source>
        <translation>Приходные ордера</translation>
    </message>
    <message>
        <source>Payment vouchers</source>
        <translation>Расходные ордера</translation>
    </message>
    <message>
        <source>Purchase invoices</source>
        <translation>Счета поставщиков</translation>
    </message>
    <message>
        <source>Customer letters</source>
        <translation>Письма клиентам</translation>
    </message>
    <message>
        <source>Payment reminders</source>
        <translation>Напоминания об оплате</translation>
    </message>
    <message>
        <source>Sales invoice</source>
        <translation>Счёт покупателю</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Кредит-нота</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>Receipt voucher</source>
        <translation>Приходный ордер</translation>
    </message>
    <message>
        <source>Payment voucher</source>
        <translation>Расходный ордер</translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation>Счёт поставщика</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>Письмо клиенту</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Напоминание об оплате</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Проведён</translation>
    </message>
    <message>
        <source>Held (send later)</source>
        <translation>Отложено (отправить позже)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Will be tried again</source>
        <translation>Будет повторено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не удалось</translation>
    </message>
    <message>
        <source>Uncertain: may have arrived</source>
        <translation>Не определено: могло дойти</translation>
    </message>
    <message>
        <source>Waiting for credits</source>
        <translation>Ожидает кредитов</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлен</translation>
    </message>
    <message>
        <source>Waiting in the email queue</source>
        <translation>Ждёт в очереди писем</translation>
    </message>
    <message>
        <source>Sent by email</source>
        <translation>Отправлен по эл. почте</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Отправка не удалась</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Не оплачен</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Частично оплачен</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Поставщики</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Акты сверки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общий</translation>
    </message>
    <message>
        <source>hidden contact</source>
        <translation>скрытый контакт</translation>
    </message>
    <message>
        <source>Available: the balance less one credit for each message still waiting in the email queue. The Message credits page shows the whole balance.</source>
        <translation>Доступно: остаток за вычетом одного кредита на каждое письмо, ещё ожидающее в очереди писем. На странице «Кредиты на письма» показан весь остаток.</translation>
    </message>
    <message>
        <source>Post documents</source>
        <translation>Проведение документов</translation>
    </message>
    <message>
        <source>Send email</source>
        <translation>Отправка писем</translation>
    </message>
    <message>
        <source>See contact addresses</source>
        <translation>Просмотр контактных адресов</translation>
    </message>
    <message>
        <source>Manage settings</source>
        <translation>Управление настройками</translation>
    </message>
    <message>
        <source>Manage credits</source>
        <translation>Управление кредитами</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Управление пользователями</translation>
    </message>
</context>
<context>
    <name>mailbox</name>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n доставлено</numerusform>
            <numerusform>%n доставлено</numerusform>
            <numerusform>%n доставлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delayed</source>
        <translation>
            <numerusform>%n задерживается</numerusform>
            <numerusform>%n задерживаются</numerusform>
            <numerusform>%n задерживаются</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bounced</source>
        <translation>
            <numerusform>%n возврат</numerusform>
            <numerusform>%n возврата</numerusform>
            <numerusform>%n возвратов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n прочитано</numerusform>
            <numerusform>%n прочитано</numerusform>
            <numerusform>%n прочитано</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailbox %1 not checked: %2</source>
        <translation>Почтовый ящик %1 не проверен: %2</translation>
    </message>
</context>
<context>
    <name>outbox</name>
    <message>
        <source>Open items %1 – %2</source>
        <translation>Неоплаченные счета %1 – %2</translation>
    </message>
    <message>
        <source>Employee report %1 – %2</source>
        <translation>Отчёт сотрудника %1 – %2</translation>
    </message>
    <message>
        <source>Statement %1 – %2</source>
        <translation>Акт сверки %1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2 accepted</source>
        <translation>принято %1 из %2</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>BCC</source>
        <translation>Скрытая копия</translation>
    </message>
    <message>
        <source>%1 %2: accepted</source>
        <translation>%1 %2: принят</translation>
    </message>
    <message>
        <source>%1 %2: refused – %3</source>
        <translation>%1 %2: отклонён – %3</translation>
    </message>
    <message>
        <source>%1 %2: no answer yet</source>
        <translation>%1 %2: ответа пока нет</translation>
    </message>
    <message>
        <source>queued %1 by %2</source>
        <translation>поставлено в очередь %1, пользователь %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>Refused for good. If an address is wrong, cancel this message and send the document again with the right one; if the trouble is over, send it again.</source>
        <translation>Окончательно отклонено. Если адрес неверен, отмените это письмо и отправьте документ снова на правильный адрес; если проблема устранена, отправьте повторно.</translation>
    </message>
    <message>
        <source>The server may have received it. Send it again (it keeps its Message-ID, so most mail programs show it only once) or, if the customer has it, mark it as sent.</source>
        <translation>Возможно, сервер его получил. Отправьте повторно (Message-ID сохраняется, поэтому большинство почтовых программ покажут его один раз) или, если клиент его получил, отметьте как отправленное.</translation>
    </message>
    <message>
        <source>A passing problem: it is tried again at %1.</source>
        <translation>Временная проблема: повторная попытка в %1.</translation>
    </message>
    <message>
        <source>It goes as soon as message credits are topped up.</source>
        <translation>Уйдёт сразу после пополнения кредитов.</translation>
    </message>
    <message>
        <source>Held until %1. Send it now or cancel it.</source>
        <translation>Отложено до %1. Отправьте сейчас или отмените.</translation>
    </message>
    <message>
        <source>It goes with the next delivery round.</source>
        <translation>Уйдёт при следующей отправке.</translation>
    </message>
    <message>
        <source>On its way to the server.</source>
        <translation>На пути к серверу.</translation>
    </message>
    <message>
        <source>Accepted by the server at %1.</source>
        <translation>Принято сервером %1.</translation>
    </message>
    <message>
        <source>Cancelled: it will not be sent.</source>
        <translation>Отменено: не будет отправлено.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n waiting, next at %2</source>
        <translation>
            <numerusform>%1: %n ждёт, следующее в %2</numerusform>
            <numerusform>%1: %n ждут, следующее в %2</numerusform>
            <numerusform>%1: %n ждут, следующее в %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing waiting</source>
        <translation>%1: ничего не ждёт</translation>
    </message>
    <message numerus="yes">
        <source>throttled %n time(s) today</source>
        <translation>
            <numerusform>сегодня притормаживал %n раз</numerusform>
            <numerusform>сегодня притормаживал %n раза</numerusform>
            <numerusform>сегодня притормаживал %n раз</numerusform>
        </translation>
    </message>
    <message>
        <source>the server asked to wait until %1</source>
        <translation>сервер попросил подождать до %1</translation>
    </message>
    <message>
        <source>Waiting for its turn at the sending pace: planned for %1.</source>
        <translation>Ждёт своей очереди в темпе отправки: запланировано на %1.</translation>
    </message>
    <message>
        <source>Waiting for its turn at the pace of %1: planned for %2.</source>
        <translation>Ждёт своей очереди в темпе %1: запланировано на %2.</translation>
    </message>
    <message numerus="yes">
        <source>The server throttled this account %n time(s) today (nothing failed).</source>
        <translation>
            <numerusform>Сервер сегодня притормаживал эту учётную запись %n раз (ничего не сорвалось).</numerusform>
            <numerusform>Сервер сегодня притормаживал эту учётную запись %n раза (ничего не сорвалось).</numerusform>
            <numerusform>Сервер сегодня притормаживал эту учётную запись %n раз (ничего не сорвалось).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Mail server</source>
        <translation>Почтовый сервер</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Адрес отправителя</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Имя отправителя</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Адрес для ответа</translation>
    </message>
    <message>
        <source>Trusted certificate (CA file)</source>
        <translation>Доверенный сертификат (файл CA)</translation>
    </message>
    <message>
        <source>Allow the password without encryption</source>
        <translation>Разрешить пароль без шифрования</translation>
    </message>
    <message>
        <source>Wait before sending (seconds)</source>
        <translation>Пауза перед отправкой (секунды)</translation>
    </message>
    <message>
        <source>Test mode: send everything to</source>
        <translation>Тестовый режим: всё отправлять на</translation>
    </message>
    <message>
        <source>Largest message (MB)</source>
        <translation>Наибольшее письмо (МБ)</translation>
    </message>
    <message>
        <source>Credits in one package</source>
        <translation>Кредитов в одном пакете</translation>
    </message>
    <message>
        <source>Price of one package</source>
        <translation>Цена одного пакета</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
</context>
</TS>
