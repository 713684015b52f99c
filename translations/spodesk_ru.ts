<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>Cache</name>
    <message>
        <source>Could not create the folder %1 for the local cache.</source>
        <translation>Не удалось создать папку %1 для локального кэша.</translation>
    </message>
    <message>
        <source>The local cache %1 was made by a newer version of SPO Desk (schema %2; this version knows up to %3). It was left untouched: update SPO Desk or start with another data folder (--data-dir).</source>
        <translation>Локальный кэш %1 создан более новой версией SPO Desk (схема %2; эта версия знает схемы до %3). Файл оставлен без изменений: обновите SPO Desk или запустите программу с другой папкой данных (--data-dir).</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be read, and it could not be moved aside: %2</source>
        <translation>Локальный кэш %1 не удаётся прочитать, и отложить его в сторону тоже не удалось: %2</translation>
    </message>
    <message>
        <source>The local cache %1 could not be opened: %2</source>
        <translation>Не удалось открыть локальный кэш %1: %2</translation>
    </message>
    <message>
        <source>The local cache %1 could not be opened.</source>
        <translation>Не удалось открыть локальный кэш %1.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Не удалось сохранить изменение.</translation>
    </message>
    <message>
        <source>The local cache is not open.</source>
        <translation>Локальный кэш не открыт.</translation>
    </message>
    <message>
        <source>The college could not be saved in the local cache: %1</source>
        <translation>Не удалось сохранить колледж в локальном кэше: %1</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The password or key is not stored yet. Enter it in the service settings.</source>
        <translation>Пароль или ключ ещё не сохранён. Введите его в настройках сервиса.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so the password could not be read or saved.</source>
        <translation>Доступ к системному хранилищу паролей запрещён, поэтому пароль не удалось прочитать или сохранить.</translation>
    </message>
    <message>
        <source>The system keychain is not available on this computer, so passwords cannot be saved. You can enter them each session instead: they will be kept in memory until the program closes.</source>
        <translation>Системное хранилище паролей на этом компьютере недоступно, поэтому пароли нельзя сохранить. Можно вводить их в каждом сеансе: они будут храниться в памяти до закрытия программы.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The local cache could not be read. A copy of the damaged file was kept as %1, and a fresh cache was started.</source>
        <translation>Не удалось прочитать локальный кэш. Копия повреждённого файла сохранена как %1, начат новый кэш.</translation>
    </message>
    <message>
        <source>Saving the demo college…</source>
        <translation>Сохранение демонстрационного колледжа…</translation>
    </message>
    <message>
        <source>Building the demo college…</source>
        <translation>Создание демонстрационного колледжа…</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged. SPO Desk goes on with what it can read; at the next start it will keep a copy of the damaged file and start a fresh cache.</source>
        <translation>Локальный кэш %1 повреждён. SPO Desk продолжает работу с тем, что удаётся прочитать; при следующем запуске копия повреждённого файла будет сохранена и будет начат новый кэш.</translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>SPO Desk cannot open its data</source>
        <translation>SPO Desk не может открыть свои данные</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Папка данных: %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
</context>
<context>
    <name>FailureLog</name>
    <message>
        <source>Waiting for the connection: will be sent by itself</source>
        <translation>Ожидает связи: будет отправлено автоматически</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
</context>
<context>
    <name>JournalsPage</name>
    <message>
        <source>Journals</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <source>Groups by course</source>
        <translation>Учебные группы по курсам</translation>
    </message>
    <message>
        <source>Course and group</source>
        <translation>Курс и группа</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>No groups in the cache yet</source>
        <translation>В кэше пока нет учебных групп</translation>
    </message>
    <message>
        <source>Here each group will have a journal per subject: its teacher, hours by fact and by plan, lessons with their date, type, duration and topic, the students' marks and absences, final grades and the summary sheet, and statistics.</source>
        <translation>Здесь у каждой группы будет журнал по каждому предмету: преподаватель, часы по факту и по плану, занятия с датой, типом, продолжительностью и темой, оценки и пропуски студентов, итоговые оценки и сводная ведомость, статистика.</translation>
    </message>
    <message>
        <source>Opening a group's journal is not available in this version yet; the list below shows the college's groups by course.</source>
        <translation>Открыть журнал группы в этой версии пока нельзя; ниже показаны учебные группы колледжа по курсам.</translation>
    </message>
    <message numerus="yes">
        <source>Course %1 — %n study group(s)</source>
        <translation>
            <numerusform>%1 курс — %n учебная группа</numerusform>
            <numerusform>%1 курс — %n учебные группы</numerusform>
            <numerusform>%1 курс — %n учебных групп</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>College administrator</source>
        <translation>Администратор ПОО</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>Subject teacher</source>
        <translation>Преподаватель-предметник</translation>
    </message>
    <message>
        <source>Journals</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <source>Footprint (U2035)</source>
        <translation>ЦС (U2035)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Group journals by course and group</source>
        <translation>Журналы учебных групп по курсам</translation>
    </message>
    <message>
        <source>The learners' digital footprint sent to U2035</source>
        <translation>Цифровой след обучающихся для U2035</translation>
    </message>
    <message>
        <source>Sferum and VK Messenger chats</source>
        <translation>Чаты Сферума и VK Мессенджера</translation>
    </message>
    <message>
        <source>SGO logins for parents and pupils of additional education</source>
        <translation>Учётные записи СГО для родителей и учеников дополнительного образования</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Open the built-in demo college.</source>
        <translation>Открыть встроенный демонстрационный колледж.</translation>
    </message>
    <message>
        <source>Size of the demo college: default or large (with --demo).</source>
        <translation>Размер демонстрационного колледжа: default или large (вместе с --demo).</translation>
    </message>
    <message>
        <source>Keep the local cache in DIR.</source>
        <translation>Хранить локальный кэш в папке DIR.</translation>
    </message>
    <message>
        <source>Interface language: ru or en (default: the system's).</source>
        <translation>Язык интерфейса: ru или en (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>Exit right after the main window is first painted, printing the milliseconds since the process started.</source>
        <translation>Выйти сразу после первой отрисовки главного окна, напечатав число миллисекунд от запуска процесса.</translation>
    </message>
    <message>
        <source>SPO Desk: journals, digital footprint, chats and accounts for vocational colleges.</source>
        <translation>SPO Desk: журналы, цифровой след, чаты и учётные записи для профессиональных образовательных организаций.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <source>Switch &amp;user</source>
        <translation>Сменить &amp;пользователя</translation>
    </message>
    <message>
        <source>Go back to the sign-in and choose another user</source>
        <translation>Вернуться ко входу и выбрать другого пользователя</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Close SPO Desk</source>
        <translation>Закрыть SPO Desk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About SPO Desk</source>
        <translation>&amp;О программе SPO Desk</translation>
    </message>
    <message>
        <source>About SPO Desk</source>
        <translation>О программе SPO Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SPO Desk %1&lt;/h3&gt;&lt;p&gt;Journals, the digital footprint for U2035, chats and accounts for the staff of vocational colleges, in one window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SPO Desk %1&lt;/h3&gt;&lt;p&gt;Журналы, цифровой след для U2035, чаты и учётные записи для сотрудников профессиональных образовательных организаций — в одном окне.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the program's version</source>
        <translation>Показать версию программы</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Выполнен вход: %1</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Service settings…</source>
        <translation>&amp;Настройки сервисов…</translation>
    </message>
    <message>
        <source>Addresses, accounts and keys of U2035, SGO and VK, with a connection check</source>
        <translation>Адреса, учётные записи и ключи У2035, СГО и VK, с проверкой соединения</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>NetError</name>
    <message>
        <source>U2035 (digital footprint)</source>
        <translation>U2035 (цифровой след)</translation>
    </message>
    <message>
        <source>U2035 file storage</source>
        <translation>Файловое хранилище U2035</translation>
    </message>
    <message>
        <source>SGO</source>
        <translation>СГО</translation>
    </message>
    <message>
        <source>VK</source>
        <translation>VK</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>No connection to the service. Check the internet connection and the address in the settings.</source>
        <translation>Нет связи с сервисом. Проверьте подключение к интернету и адрес в настройках.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again later.</source>
        <translation>Сервис не ответил вовремя. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The secure connection was refused: the service's certificate cannot be trusted (%1).</source>
        <translation>Защищённое соединение отклонено: сертификату сервиса нельзя доверять (%1).</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>Не удалось установить защищённое соединение (TLS)</translation>
    </message>
    <message>
        <source>The service already holds a different record with the same identifier.</source>
        <translation>В сервисе уже есть другая запись с тем же идентификатором.</translation>
    </message>
    <message>
        <source>The service sent a reply the program does not understand.</source>
        <translation>Сервис прислал ответ, который программа не понимает.</translation>
    </message>
    <message>
        <source>The service reported an error: %1</source>
        <translation>Сервис сообщил об ошибке: %1</translation>
    </message>
    <message>
        <source>The address must start with https:// (plain http is allowed only for this computer).</source>
        <translation>Адрес должен начинаться с https:// (простой http допускается только для этого компьютера).</translation>
    </message>
    <message>
        <source>The password or key for this service is not stored. Enter it in the service settings.</source>
        <translation>Пароль или ключ для этого сервиса не сохранён. Введите его в настройках сервиса.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The service is not set up yet. Enter its address and account in the service settings.</source>
        <translation>Сервис ещё не настроен. Введите его адрес и учётную запись в настройках сервиса.</translation>
    </message>
    <message>
        <source>The service refused access (HTTP %1). Check the login and the key in the settings.</source>
        <translation>Сервис отказал в доступе (HTTP %1). Проверьте логин и ключ в настройках.</translation>
    </message>
    <message>
        <source>The address was not found on the service (HTTP 404). Check the address in the settings.</source>
        <translation>Адрес не найден на сервисе (HTTP 404). Проверьте адрес в настройках.</translation>
    </message>
    <message>
        <source>The service asks to send less often (HTTP 429). The request will be repeated later.</source>
        <translation>Сервис просит отправлять реже (HTTP 429). Запрос будет повторён позже.</translation>
    </message>
    <message>
        <source>The service has an internal error (HTTP %1). Try again later.</source>
        <translation>Внутренняя ошибка сервиса (HTTP %1). Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The service answered with an error (HTTP %1).</source>
        <translation>Сервис ответил ошибкой (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (код %2)</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This section is not available in this version yet.</source>
        <translation>В этой версии раздел пока недоступен.</translation>
    </message>
</context>
<context>
    <name>ServiceHub</name>
    <message>
        <source>The LRS accepted the connection check.</source>
        <translation>LRS подтвердил проверку подключения.</translation>
    </message>
    <message>
        <source>Signed in to SGO as %1.</source>
        <translation>Выполнен вход в СГО как %1.</translation>
    </message>
    <message>
        <source>Connected to the community «%1».</source>
        <translation>Подключено к сообществу «%1».</translation>
    </message>
</context>
<context>
    <name>ServiceSettingsDialog</name>
    <message>
        <source>Service settings</source>
        <translation>Настройки сервисов</translation>
    </message>
    <message>
        <source>U2035 digital footprint</source>
        <translation>Цифровой след У2035</translation>
    </message>
    <message>
        <source>SGO</source>
        <translation>СГО</translation>
    </message>
    <message>
        <source>VK chats</source>
        <translation>Чаты VK</translation>
    </message>
    <message>
        <source>Enter them each session</source>
        <translation>Вводить их в каждом сеансе</translation>
    </message>
    <message>
        <source>Passwords and keys are kept in memory until the program closes; you will be asked for them again next time.</source>
        <translation>Пароли и ключи хранятся в памяти до закрытия программы; в следующий раз их нужно будет ввести снова.</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Проверить соединение</translation>
    </message>
    <message>
        <source>Saves this service's settings and tries them</source>
        <translation>Сохраняет настройки этого сервиса и проверяет их</translation>
    </message>
    <message>
        <source>Learning record store (LRS)</source>
        <translation>Хранилище учебных записей (LRS)</translation>
    </message>
    <message>
        <source>How many statements are sent in one request</source>
        <translation>Сколько записей отправляется в одном запросе</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Ключ:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Секрет:</translation>
    </message>
    <message>
        <source>Statements per request:</source>
        <translation>Записей в запросе:</translation>
    </message>
    <message>
        <source>File storage for documents (S3)</source>
        <translation>Хранилище файлов документов (S3)</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Бакет:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>Ключ доступа:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Секретный ключ:</translation>
    </message>
    <message>
        <source>SGO account</source>
        <translation>Учётная запись СГО</translation>
    </message>
    <message>
        <source>As SGO lists it, or its number</source>
        <translation>Как в списке СГО, или её номер</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
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
        <source>Communication environment settings</source>
        <translation>Настройки коммуникативной среды</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the community identifier to the clipboard</source>
        <translation>Скопировать идентификатор сообщества в буфер обмена</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>VK community identifier:</source>
        <translation>Идентификатор ВК-сообщества:</translation>
    </message>
    <message>
        <source>VK API</source>
        <translation>VK API</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Адрес API:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Токен доступа:</translation>
    </message>
    <message>
        <source>Stored in the system keychain — type to replace</source>
        <translation>Хранится в системной связке ключей — введите, чтобы заменить</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>SgoClient</name>
    <message>
        <source>SGO lists several organisations: choose yours in the settings.</source>
        <translation>В СГО найдено несколько организаций: выберите свою в настройках.</translation>
    </message>
    <message>
        <source>The organisation «%1» is not in SGO's list.</source>
        <translation>Организации «%1» нет в списке СГО.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>The local cache holds no staff of this college yet. Connecting to the college's services is not available in this version; start with --demo to try the demo college.</source>
        <translation>В локальном кэше пока нет сотрудников этого колледжа. Подключение к сервисам колледжа в этой версии пока недоступно; чтобы попробовать демонстрационный колледж, запустите программу с --demo.</translation>
    </message>
    <message>
        <source>This is a demo college: choose a role to see the program as that person sees it. You can switch user at any time.</source>
        <translation>Это демонстрационный колледж: выберите роль, чтобы увидеть программу так, как её видит этот сотрудник. Сменить пользователя можно в любой момент.</translation>
    </message>
    <message>
        <source>Choose a user</source>
        <translation>Выберите пользователя</translation>
    </message>
    <message>
        <source>Sign in as %1 (%2)</source>
        <translation>Войти как %1 (%2)</translation>
    </message>
</context>
<context>
    <name>StartupPage</name>
    <message>
        <source>Opening the local cache…</source>
        <translation>Открытие локального кэша…</translation>
    </message>
    <message>
        <source>Start-up progress</source>
        <translation>Ход запуска</translation>
    </message>
    <message>
        <source>Starting SPO Desk</source>
        <translation>Запуск SPO Desk</translation>
    </message>
</context>
<context>
    <name>SyncFailuresPanel</name>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Повторить все</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Everything has been sent. Nothing failed.</source>
        <translation>Всё отправлено. Ошибок нет.</translation>
    </message>
    <message>
        <source>Send the selected item again</source>
        <translation>Отправить выбранное снова</translation>
    </message>
    <message>
        <source>Remove the selected item from the list without sending it</source>
        <translation>Убрать выбранное из списка, не отправляя</translation>
    </message>
    <message>
        <source>Select a line to see the whole message.</source>
        <translation>Выберите строку, чтобы увидеть сообщение целиком.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Services not configured</source>
        <translation>Сервисы не настроены</translation>
    </message>
    <message>
        <source>No journal, U2035 or VK service is set up yet: everything stays in the local cache</source>
        <translation>Сервисы журналов, U2035 и VK ещё не настроены: всё хранится в локальном кэше</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>The services are reachable; changes are sent in the background</source>
        <translation>Сервисы доступны; изменения отправляются в фоне</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>The services cannot be reached; changes are kept and sent later</source>
        <translation>Сервисы недоступны; изменения сохранены и будут отправлены позже</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Ожидают отправки: %1</translation>
    </message>
    <message>
        <source>Changes saved locally that are not yet sent</source>
        <translation>Изменения, сохранённые локально и ещё не отправленные</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Ошибок: %1</translation>
    </message>
    <message>
        <source>Changes the services refused or that could not be sent</source>
        <translation>Изменения, которые сервисы отклонили или которые не удалось отправить</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Here you will edit LMS activities with their block of BAS extensions, see each activity's reports on the Not filled and Filled tabs, and upload practice diaries and final attestation documents. The digital footprint of every learner is sent to U2035 automatically.</source>
        <translation>Здесь вы будете редактировать активности LMS с блоком «Расширения БАС», смотреть отчёты по каждой активности на вкладках «Не заполнены» и «Заполнены», загружать дневники практик и документы по итоговой аттестации. ЦС каждого обучающегося передаётся в U2035 автоматически.</translation>
    </message>
    <message>
        <source>Here you will link your account to a Sferum learning profile and go to VK Messenger. The chats each role gets are made automatically; with the Chat management right you will create chats, choose their members and administrators.</source>
        <translation>Здесь вы привяжете учётную запись к учебному профилю Сферум и перейдёте в VK Мессенджер. Чаты, положенные каждой роли, создаются автоматически; с правом «Управление чатами» вы будете создавать чаты, выбирать их участников и администраторов.</translation>
    </message>
    <message>
        <source>Here you will hand out SGO logins for additional education: the lists of parents and pupils, changing a password, a printable slip with the login for a parent, and linking a parent to a child.</source>
        <translation>Здесь вы будете выдавать учётные записи СГО для дополнительного образования: списки родителей и учеников, смена пароля, бланк с логином для родителя для печати, привязка родителя к ребёнку.</translation>
    </message>
</context>
</TS>