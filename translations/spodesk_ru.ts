<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Accounts</name>
    <message>
        <source>To apply for a certificate, the parent must be linked to their child in SGO.</source>
        <translation>Для подачи заявления на сертификат родитель должен быть привязан к своему ребёнку в СГО.</translation>
    </message>
    <message>
        <source>This person signs in with the login and password issued by the school or kindergarten they were enrolled from; this organisation does not issue one.</source>
        <translation>Этот пользователь входит по логину и паролю, выданным в школе или детском саду, откуда он зачислен; эта организация их не выдаёт.</translation>
    </message>
    <message>
        <source>This person signs in with the login and password issued by «%1»; this organisation does not issue one.</source>
        <translation>Этот пользователь входит по логину и паролю, выданным в «%1»; эта организация их не выдаёт.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The confirmation differs from the new password.</source>
        <translation>Подтверждение не совпадает с новым паролем.</translation>
    </message>
</context>
<context>
    <name>BackgroundSync</name>
    <message>
        <source>Digital footprint %1</source>
        <translation>ЦС гражданина %1</translation>
    </message>
    <message numerus="yes">
        <source>%n journal edit(s)</source>
        <translation>
            <numerusform>%n изменение журнала</numerusform>
            <numerusform>%n изменения журнала</numerusform>
            <numerusform>%n изменений журнала</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending the digital footprint to U2035: %n statement(s) sent</source>
        <translation>
            <numerusform>Отправка ЦС в У2035: отправлена %n запись</numerusform>
            <numerusform>Отправка ЦС в У2035: отправлено %n записи</numerusform>
            <numerusform>Отправка ЦС в У2035: отправлено %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the journal&apos;s edits to SGO</source>
        <translation>Отправка изменений журнала в СГО</translation>
    </message>
    <message>
        <source>Sending the digital footprint to U2035</source>
        <translation>Отправка ЦС гражданина в У2035</translation>
    </message>
</context>
<context>
    <name>BasProblemText</name>
    <message>
        <source>%1: %2</source>
        <extracomment>«Расширения БАС» refusal: %1 the field&apos;s label, %2 the reason</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a field of the BAS extensions</source>
        <translation>%1 — не поле «Расширений БАС»</translation>
    </message>
    <message>
        <source>the value has the wrong form for this field</source>
        <translation>значение не подходит по виду для этого поля</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is missing</source>
        <translation>не хватает части «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>«%1» должно быть целым числом</translation>
    </message>
    <message>
        <source>the value must be a number</source>
        <translation>значение должно быть числом</translation>
    </message>
    <message>
        <source>the value must be text</source>
        <translation>значение должно быть текстом</translation>
    </message>
    <message>
        <source>the value must be yes or no</source>
        <translation>значение должно быть «да» или «нет»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as PT14M8S</source>
        <translation>«%1» — не длительность вида PT14M8S</translation>
    </message>
    <message>
        <source>the value is outside the range from the minimum to the maximum</source>
        <translation>значение вне диапазона от минимума до максимума</translation>
    </message>
    <message>
        <source>the minimum is greater than the maximum</source>
        <translation>минимум больше максимума</translation>
    </message>
    <message>
        <source>the unit &quot;%1&quot; is not allowed for this field</source>
        <translation>единица «%1» недопустима для этого поля</translation>
    </message>
    <message>
        <source>the best result must be the minimum or the maximum</source>
        <translation>лучшим результатом может быть только минимум или максимум</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values</source>
        <translation>«%1» — недопустимое значение</translation>
    </message>
</context>
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
    <name>CollegePull</name>
    <message>
        <source>student %1 is in group %2, which SGO did not send</source>
        <translation>студент %1 числится в группе %2, которой нет в данных СГО</translation>
    </message>
    <message>
        <source>%1 were not loaded: %2 failed first</source>
        <translation>%1 не загружены: сначала не загрузилось %2</translation>
    </message>
    <message>
        <source>SGO sent page %1 when asked for page %2</source>
        <translation>СГО прислал страницу %1 вместо запрошенной %2</translation>
    </message>
    <message>
        <source>SGO announced %1 pages, more than the %2 a pull may take</source>
        <translation>СГО сообщил о %1 страницах — больше допустимых %2 за одну загрузку</translation>
    </message>
    <message>
        <source>the number of pages changed from %1 to %2 during the pull</source>
        <translation>число страниц изменилось во время загрузки: было %1, стало %2</translation>
    </message>
    <message>
        <source>a row does not fit what is already loaded (%1)</source>
        <translation>строка не согласуется с уже загруженными данными (%1)</translation>
    </message>
</context>
<context>
    <name>CollegeRefresh</name>
    <message>
        <source>the organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>сотрудники</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>группы</translation>
    </message>
    <message>
        <source>subjects</source>
        <translation>предметы</translation>
    </message>
    <message>
        <source>students</source>
        <translation>студенты</translation>
    </message>
    <message>
        <source>enrolment orders</source>
        <translation>приказы о зачислении и отчислении</translation>
    </message>
    <message>
        <source>parents</source>
        <translation>родители</translation>
    </message>
    <message>
        <source>parents&apos; links to students</source>
        <translation>связи родителей со студентами</translation>
    </message>
    <message>
        <source>teaching assignments</source>
        <translation>нагрузка преподавателей</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>занятия</translation>
    </message>
    <message>
        <source>marks</source>
        <translation>оценки</translation>
    </message>
    <message>
        <source>LMS programs</source>
        <translation>программы LMS</translation>
    </message>
    <message>
        <source>program blocks</source>
        <translation>блоки программ</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>активности</translation>
    </message>
    <message>
        <source>Loading from SGO: %1 — page %2 of %3, %4 records so far</source>
        <translation>Загрузка из СГО: %1 — страница %2 из %3, загружено записей: %4</translation>
    </message>
    <message>
        <source>Loading %1 from SGO</source>
        <translation>Загрузка из СГО: %1</translation>
    </message>
    <message>
        <source>final grades</source>
        <translation>итоговые оценки</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connecting to the college</source>
        <translation>Подключение к колледжу</translation>
    </message>
    <message>
        <source>The address you open SGO («Сетевой город. Образование») with in the browser.</source>
        <translation>Адрес, по которому вы открываете СГО («Сетевой город. Образование») в браузере.</translation>
    </message>
    <message>
        <source>Find organisations</source>
        <translation>Найти организации</translation>
    </message>
    <message>
        <source>Type the address and press «Find organisations»</source>
        <translation>Введите адрес и нажмите «Найти организации»</translation>
    </message>
    <message>
        <source>Remember the password</source>
        <translation>Запомнить пароль</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain, never in SPO Desk&apos;s files. Unticked, it is asked at every start.</source>
        <translation>Пароль хранится в связке ключей этого компьютера и никогда — в файлах SPO Desk. Без отметки он запрашивается при каждом запуске.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>SGO &amp;address:</source>
        <translation>&amp;Адрес СГО:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>сохранён</translation>
    </message>
    <message>
        <source>Asking %1 for its organisations…</source>
        <translation>Запрашиваем у %1 список организаций…</translation>
    </message>
    <message>
        <source>Choose your organisation from SGO&apos;s list.</source>
        <translation>Выберите свою организацию из списка СГО.</translation>
    </message>
    <message>
        <source>Type your SGO login.</source>
        <translation>Введите логин СГО.</translation>
    </message>
    <message>
        <source>Type your SGO password.</source>
        <translation>Введите пароль СГО.</translation>
    </message>
    <message>
        <source>Signing in to SGO…</source>
        <translation>Вход в СГО…</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Registration of the consent or refusal to the processing of personal data of the parents who want to receive information about their children&apos;s progress in electronic form, and the contacts for delivery. Parents who refused get paper extracts.</source>
        <translation>Регистрация согласия/несогласия на обработку персональных данных родителей (законных представителей), желающих получать сведения об успеваемости детей в электронной форме, и контактные данные для доставки. Родителям, отказавшимся от электронной формы, выдаются выписки в бумажной форме.</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Родители</translation>
    </message>
    <message>
        <source>Processing of personal data</source>
        <translation>Обработка персональных данных</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Не запрашивалось</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Несогласие</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Given:</source>
        <translation>Как дано:</translation>
    </message>
    <message>
        <source>Contacts for delivery</source>
        <translation>Контактные данные для доставки</translation>
    </message>
    <message>
        <source>+7 912 345-67-89</source>
        <translation>+7 912 345-67-89</translation>
    </message>
    <message>
        <source>name@example.ru</source>
        <translation>name@example.ru</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Handed over:</source>
        <translation>Как переданы:</translation>
    </message>
    <message>
        <source>Not saved to the local cache (%1). The change is kept here; try again.</source>
        <translation>Не сохранено в локальном кэше (%1). Изменение сохранено в форме; повторите попытку.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Parent of %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Родитель (законный представитель): %2</translation>
    </message>
    <message>
        <source>No parents of this group&apos;s students are in the cache.</source>
        <translation>В кэше нет родителей обучающихся этой группы.</translation>
    </message>
    <message>
        <source>The curator of the group and the administrator register consents and contacts; you can see them.</source>
        <translation>Согласия и контакты регистрируют куратор группы и администратор; вам они доступны для просмотра.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked field.</source>
        <translation>Не сохранено: исправьте отмеченное поле.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
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
    <name>DemoServices</name>
    <message>
        <source>The demo services could not be started: %1</source>
        <translation>Демо-сервисы не удалось запустить: %1</translation>
    </message>
</context>
<context>
    <name>DiaryJournalExtension</name>
    <message>
        <source>Summary sheet</source>
        <translation>Сводная ведомость</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Parents: consents and contacts</source>
        <translation>Родители: согласия и контакты</translation>
    </message>
    <message>
        <source>Extracts…</source>
        <translation>Выписки…</translation>
    </message>
    <message>
        <source>Paper extracts from the journal for parents without internet access or who refused the electronic form</source>
        <translation>Выписки в бумажной форме из журнала для родителей, не имеющих доступа к интернету либо отказавшихся от получения информации в электронной форме</translation>
    </message>
</context>
<context>
    <name>DistanceLessonCreateCommand</name>
    <message>
        <source>Create a distance lesson</source>
        <translation>создание дистанционного занятия</translation>
    </message>
</context>
<context>
    <name>DistanceLessonDeleteCommand</name>
    <message>
        <source>Delete a distance lesson</source>
        <translation>удаление дистанционного занятия</translation>
    </message>
</context>
<context>
    <name>DistanceLessonDialog</name>
    <message>
        <source>Distance lesson</source>
        <translation>Дистанционное занятие</translation>
    </message>
    <message>
        <source>%1 on the topic: %2</source>
        <translation>%1 на тему: %2</translation>
    </message>
    <message>
        <source>The lesson is held as a Sferum call (VK Messenger). The students see its icon on the lesson and may join only while it runs. In this version the call link is a demonstration one: the VK calls service is not connected yet.</source>
        <translation>Занятие проходит звонком в Сферуме (VK Мессенджер). Студенты видят значок на занятии и могут присоединиться, только пока оно идёт. В этой версии ссылка на звонок демонстрационная: сервис звонков VK ещё не подключён.</translation>
    </message>
    <message>
        <source>Start time:</source>
        <translation>Время начала:</translation>
    </message>
    <message>
        <source>End time:</source>
        <translation>Время окончания:</translation>
    </message>
    <message>
        <source>Only the subject&apos;s own teacher can create a distance lesson for it.</source>
        <translation>Создать дистанционное занятие может только преподаватель этого предмета.</translation>
    </message>
    <message>
        <source>A distance lesson can be created only while its time has not passed yet.</source>
        <translation>Создать дистанционное занятие можно только при условии, что его время ещё не прошло.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>Время окончания должно быть позже времени начала.</translation>
    </message>
    <message>
        <source>You already have a distance lesson at that time: %1, %2–%3.</source>
        <translation>У вас уже есть дистанционное занятие в это время: %1, %2–%3.</translation>
    </message>
</context>
<context>
    <name>DistanceLessonJoinDialog</name>
    <message>
        <source>VK Messenger video calls</source>
        <translation>Видеозвонки VK Мессенджер</translation>
    </message>
    <message>
        <source>To join the call, press Open VK Messenger in the browser window that appears.</source>
        <translation>Чтобы присоединиться к звонку, нажмите Открыть VK Мессенджер в появившемся окне браузера</translation>
    </message>
    <message>
        <source>If the window does not appear, press “Join the call” below.</source>
        <translation>Если окно не отображается, нажмите «Присоединиться к звонку» ниже</translation>
    </message>
    <message>
        <source>Demonstration link: %1</source>
        <translation>Демонстрационная ссылка: %1</translation>
    </message>
    <message>
        <source>Join the call</source>
        <translation>Присоединиться к звонку</translation>
    </message>
    <message>
        <source>Join in the browser</source>
        <translation>Присоединиться через браузер</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The local cache could not be read. A copy of the damaged file was kept as %1, and a fresh cache was started.</source>
        <translation>Не удалось прочитать локальный кэш. Копия повреждённого файла сохранена как %1, начат новый кэш.</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged. SPO Desk goes on with what it can read; at the next start it will keep a copy of the damaged file and start a fresh cache.</source>
        <translation>Локальный кэш %1 повреждён. SPO Desk продолжает работу с тем, что удаётся прочитать; при следующем запуске копия повреждённого файла будет сохранена и будет начат новый кэш.</translation>
    </message>
    <message>
        <source>The catalogue of BAS extensions can&apos;t be read, so the digital footprint can&apos;t be edited or sent: %1</source>
        <translation>Каталог «Расширений БАС» не читается, поэтому ЦС нельзя ни изменить, ни отправить: %1</translation>
    </message>
    <message>
        <source>The demo college&apos;s digital footprint could not be prepared: %1</source>
        <translation>ЦС демо-колледжа не удалось подготовить: %1</translation>
    </message>
    <message>
        <source>Part of the college could not be loaded from SGO; it is tried again in a few minutes, and «Sending problems» says what failed.</source>
        <translation>Часть данных колледжа не удалось загрузить из СГО; загрузка повторится через несколько минут, а в «Сбоях отправки» сказано, что не получилось.</translation>
    </message>
    <message>
        <source>The local cache %1 could not be removed: %2</source>
        <translation>Не удалось удалить локальный кэш %1: %2</translation>
    </message>
    <message>
        <source>The log files could not all be rewritten.</source>
        <translation>Не все файлы журнала работы удалось перезаписать.</translation>
    </message>
    <message>
        <source>The remembered password could not be removed from the keychain: %1</source>
        <translation>Не удалось удалить сохранённый пароль из связки ключей: %1</translation>
    </message>
    <message>
        <source>Starting the demo college&apos;s services…</source>
        <translation>Запуск служб демонстрационного колледжа…</translation>
    </message>
    <message>
        <source>Loading the college from SGO…</source>
        <translation>Загрузка колледжа из СГО…</translation>
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
    <name>ExtractDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <source>Paper extracts from the journal</source>
        <translation>Выписки из журнала в бумажной форме</translation>
    </message>
    <message>
        <source>Extracts for parents who refused the electronic form</source>
        <translation>Выписки для родителей, отказавшихся от электронной формы</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Для кого:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Extract preview</source>
        <translation>Предварительный просмотр выписки</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>The whole group %1 (%n student(s))</source>
        <translation>
            <numerusform>Вся группа %1 (%n обучающийся)</numerusform>
            <numerusform>Вся группа %1 (%n обучающихся)</numerusform>
            <numerusform>Вся группа %1 (%n обучающихся)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — for %2 (refusal of %3)</source>
        <translation>%1 — для: %2 (несогласие от %3)</translation>
    </message>
    <message>
        <source>No parent of this group refused the electronic form; an extract can still be made for anyone below.</source>
        <translation>Никто из родителей этой группы не отказался от электронной формы; выписку можно сформировать для любого обучающегося ниже.</translation>
    </message>
    <message>
        <source>The period must not end before it starts.</source>
        <translation>Период не может заканчиваться раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Print the extract</source>
        <translation>Печать выписки</translation>
    </message>
    <message>
        <source>Extract %1 %2–%3</source>
        <translation>Выписка %1 %2–%3</translation>
    </message>
    <message>
        <source>Save the extract as PDF</source>
        <translation>Сохранить выписку в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ExtractDocument</name>
    <message>
        <source>deferred until %1</source>
        <translation>отсрочка до %1</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>не выставлена</translation>
    </message>
    <message>
        <source>Extract from the electronic journal</source>
        <translation>Выписка из электронного журнала</translation>
    </message>
    <message>
        <source>Student: &lt;b&gt;%1&lt;/b&gt;, group %2</source>
        <translation>Обучающийся: &lt;b&gt;%1&lt;/b&gt;, группа %2</translation>
    </message>
    <message>
        <source>Period: from %1 to %2</source>
        <translation>Период: с %1 по %2</translation>
    </message>
    <message>
        <source>Parents (legal representatives): %1</source>
        <translation>Родители (законные представители): %1</translation>
    </message>
    <message>
        <source>Teacher: %1</source>
        <translation>Преподаватель: %1</translation>
    </message>
    <message>
        <source>Mean mark for the period: %1</source>
        <translation>Средний балл за период: %1</translation>
    </message>
    <message>
        <source>No marks for the period</source>
        <translation>Отметок за период нет</translation>
    </message>
    <message>
        <source>absences: %1</source>
        <translation>пропусков: %1</translation>
    </message>
    <message>
        <source>final grade: %1</source>
        <translation>итоговая оценка: %1</translation>
    </message>
    <message>
        <source>No marks, absences or homework in this period.</source>
        <translation>За период нет отметок, пропусков и домашних заданий.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Домашнее задание</translation>
    </message>
    <message>
        <source>Made on %1 for the parents (legal representatives) of the student.</source>
        <translation>Сформировано %1 для родителей (законных представителей) обучающегося.</translation>
    </message>
    <message>
        <source>Curator: ____________________</source>
        <translation>Куратор: ____________________</translation>
    </message>
    <message>
        <source>Nobody to make an extract for.</source>
        <translation>Не для кого формировать выписку.</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation>Не удалось записать файл PDF %1.</translation>
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
    <name>FinalGradeDialog</name>
    <message>
        <source>&amp;Final grade</source>
        <translation>&amp;Итоговая оценка</translation>
    </message>
    <message>
        <source>&amp;Defer for illness</source>
        <translation>&amp;Отсрочка по болезни</translation>
    </message>
    <message>
        <source>Final grade</source>
        <translation>Итоговая оценка</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>2–5</source>
        <translation>2–5</translation>
    </message>
    <message>
        <source>e.g. illness, medical certificate No. 15</source>
        <translation>например, болезнь, справка № 15</translation>
    </message>
    <message>
        <source>Reason for the deferral</source>
        <translation>Причина отсрочки</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Новая дата</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Оценка:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>New date:</source>
        <translation>Новая дата:</translation>
    </message>
</context>
<context>
    <name>FinalGradeSheetPage</name>
    <message>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <source>Set final grade…</source>
        <translation>Выставить итоговую оценку…</translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation>Отсрочка…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Final grades are copied here, to the summary sheet at the end of the group journal. Type 2–5 in a cell of your subject or press Enter; a grade can be deferred for illness with the reason and the new date. Students and parents must see a final grade no later than a day after it is set: publish it.</source>
        <translation>Итоговые оценки дублируются в сводную ведомость в конце журнала группы. Введите 2–5 в ячейку своего предмета или нажмите Enter; в случае болезни выставление можно отсрочить, указав причину и новую дату. Итоговая оценка должна быть доступна обучающимся и родителям не позже суток после выставления: опубликуйте её.</translation>
    </message>
    <message>
        <source>Defer the final grade for illness: the reason and the new date</source>
        <translation>Отсрочка выставления итоговой оценки по болезни: причина и новая дата</translation>
    </message>
    <message>
        <source>Make the final grades of the selected subjects visible to students and parents</source>
        <translation>Сделать итоговые оценки выбранных предметов доступными обучающимся и родителям</translation>
    </message>
    <message>
        <source>You can see the summary sheet; the final grades are set by the subjects&apos; teachers.</source>
        <translation>Сводная ведомость доступна для просмотра; итоговые оценки выставляют преподаватели предметов.</translation>
    </message>
    <message>
        <source>waiting to be published</source>
        <translation>ждёт публикации</translation>
    </message>
    <message>
        <source>not published within a day</source>
        <translation>не опубликована в течение суток</translation>
    </message>
    <message>
        <source>Summary sheet</source>
        <translation>Сводная ведомость</translation>
    </message>
    <message>
        <source>A change of the final grades could not be saved to the local cache (%1). It is kept here; try again.</source>
        <translation>Изменение итоговых оценок не удалось сохранить в локальном кэше (%1). Оно сохранено здесь; повторите попытку.</translation>
    </message>
    <message numerus="yes">
        <source>%n final grade(s) not published to students and parents within a day of being set.</source>
        <translation>
            <numerusform>%n итоговая оценка не опубликована для обучающихся и родителей в течение суток после выставления.</numerusform>
            <numerusform>%n итоговые оценки не опубликованы для обучающихся и родителей в течение суток после выставления.</numerusform>
            <numerusform>%n итоговых оценок не опубликованы для обучающихся и родителей в течение суток после выставления.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish (%1)</source>
        <translation>Опубликовать (%1)</translation>
    </message>
    <message>
        <source>Only the subject&apos;s teacher sets its final grades.</source>
        <translation>Итоговые оценки по предмету выставляет его преподаватель.</translation>
    </message>
</context>
<context>
    <name>FirstSyncPage</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Open the program with what has been loaded; the rest is loaded later, from where it stopped.</source>
        <translation>Открыть программу с тем, что уже загружено; остальное загрузится позже, с того места, где остановилось.</translation>
    </message>
    <message>
        <source>Stopping after the page being loaded…</source>
        <translation>Остановка после загружаемой страницы…</translation>
    </message>
    <message>
        <source>The first start loads the college from SGO once; later starts open at once and bring only what changed.</source>
        <translation>При первом запуске колледж загружается из СГО один раз; следующие запуски открываются сразу и получают только изменения.</translation>
    </message>
    <message>
        <source>Loading the college</source>
        <translation>Загрузка колледжа</translation>
    </message>
</context>
<context>
    <name>FootprintDiaryDialog</name>
    <message>
        <source>Upload practice diaries</source>
        <translation>Загрузить дневники практик</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Practice diary</source>
        <translation>Дневник практики</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Прочие документы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Sent to U2035</source>
        <translation>Отправлено в У2035</translation>
    </message>
    <message>
        <source>Refused by U2035: %1</source>
        <translation>Отклонено У2035: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>No diary yet</source>
        <translation>Дневник не загружен</translation>
    </message>
    <message>
        <source>Waits for the block attestation</source>
        <translation>Ожидает аттестации по блоку</translation>
    </message>
    <message>
        <source>The file could not be added: %1</source>
        <translation>Файл не удалось добавить: %1</translation>
    </message>
</context>
<context>
    <name>FootprintDropZone</name>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Practice diary</source>
        <translation>Дневник практики</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Прочие документы</translation>
    </message>
    <message>
        <source>Drop the practice diary here (one file)</source>
        <translation>Перетащите сюда дневник практики (один файл)</translation>
    </message>
    <message>
        <source>Drop other documents here (any number)</source>
        <translation>Перетащите сюда прочие документы (любое количество)</translation>
    </message>
    <message>
        <source>Only one file can be uploaded as the practice diary.</source>
        <translation>В качестве дневника практики можно загрузить только один файл.</translation>
    </message>
    <message>
        <source>Drop the file here</source>
        <translation>Перетащите файл сюда</translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation>Перетащите файлы сюда</translation>
    </message>
</context>
<context>
    <name>FootprintExtensionsForm</name>
    <message>
        <source>the more the better</source>
        <translation>чем больше, тем лучше</translation>
    </message>
    <message>
        <source>the less the better</source>
        <translation>чем меньше, тем лучше</translation>
    </message>
    <message>
        <source>BAS extensions</source>
        <translation>Расширения БАС</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Аттестация</translation>
    </message>
    <message>
        <source>Block attestation</source>
        <translation>Аттестация по блоку</translation>
    </message>
    <message>
        <source>Field to add</source>
        <translation>Добавить поле</translation>
    </message>
    <message>
        <source>e.g. PT14M8S</source>
        <translation>например, PT14M8S</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
</context>
<context>
    <name>FootprintPage</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Upload practice diaries</source>
        <translation>Загрузить дневники практик</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Программы</translation>
    </message>
    <message>
        <source>Not filled</source>
        <translation>Не заполнены</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Заполнены</translation>
    </message>
    <message>
        <source>Choose a program&apos;s activity or block on the left.</source>
        <translation>Выберите слева активность или блок программы.</translation>
    </message>
    <message>
        <source>No footprint yet</source>
        <translation>ЦС ещё не сформирован</translation>
    </message>
    <message>
        <source>Sent to U2035</source>
        <translation>Отправлено в У2035</translation>
    </message>
    <message>
        <source>Refused by U2035: %1</source>
        <translation>Отклонено У2035: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>No BAS extensions are filled for this activity.</source>
        <translation>Для этой активности «Расширения БАС» не заполнены.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <source>Not filled (%1)</source>
        <translation>Не заполнены (%1)</translation>
    </message>
    <message>
        <source>Filled (%1)</source>
        <translation>Заполнены (%1)</translation>
    </message>
    <message>
        <source>BAS extensions changed</source>
        <translation>Расширения БАС изменены</translation>
    </message>
    <message>
        <source>The citizen&apos;s digital footprint of this activity has already been sent. If you save, the corrected fields are updated in all reports, and the footprint of every report in &quot;Filled&quot; is sent to U2035 again with the corrected values.</source>
        <translation>ЦС гражданина по этой активности уже отправлен. Если сохранить, скорректированные поля обновятся во всех отчетах, а для отчетов во вкладке «Заполнены» ЦС будет отправлен в У2035 повторно со скорректированными значениями.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>BAS extensions for %1</source>
        <translation>Расширения БАС: %1</translation>
    </message>
</context>
<context>
    <name>JournalEditor</name>
    <message>
        <source>%1 The journal shows what is saved. (%2)</source>
        <translation>%1 В журнале показано то, что сохранено. (%2)</translation>
    </message>
    <message>
        <source>The marks could not be saved.</source>
        <translation>Не удалось сохранить оценки.</translation>
    </message>
    <message>
        <source>The lesson could not be saved.</source>
        <translation>Не удалось сохранить занятие.</translation>
    </message>
    <message>
        <source>The lesson could not be deleted.</source>
        <translation>Не удалось удалить занятие.</translation>
    </message>
    <message>
        <source>The lesson could not be changed.</source>
        <translation>Не удалось изменить занятие.</translation>
    </message>
    <message>
        <source>The task could not be saved.</source>
        <translation>Не удалось сохранить задание.</translation>
    </message>
    <message>
        <source>The task could not be removed.</source>
        <translation>Не удалось удалить задание.</translation>
    </message>
    <message>
        <source>The distance lesson could not be saved.</source>
        <translation>Не удалось сохранить дистанционное занятие.</translation>
    </message>
    <message>
        <source>The distance lesson could not be deleted.</source>
        <translation>Не удалось удалить дистанционное занятие.</translation>
    </message>
</context>
<context>
    <name>JournalLabels</name>
    <message>
        <source>Lecture</source>
        <translation>Лекция</translation>
    </message>
    <message>
        <source>Practical lesson</source>
        <translation>Практическое занятие</translation>
    </message>
    <message>
        <source>Laboratory work</source>
        <translation>Лабораторная работа</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Контрольная работа</translation>
    </message>
    <message>
        <source>Lect.</source>
        <translation>Лек.</translation>
    </message>
    <message>
        <source>Pract.</source>
        <translation>Пр.</translation>
    </message>
    <message>
        <source>Lab.</source>
        <translation>Лаб.</translation>
    </message>
    <message>
        <source>Sem.</source>
        <translation>Сем.</translation>
    </message>
    <message>
        <source>Tst.</source>
        <translation>К/р</translation>
    </message>
    <message>
        <source>n</source>
        <comment>absence mark in a journal cell</comment>
        <translation>н</translation>
    </message>
    <message>
        <source>%1 h.</source>
        <comment>academic hours</comment>
        <translation>%1 ч.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>weekday, day month year</comment>
        <translation>%1, %2 г.</translation>
    </message>
    <message>
        <source>Removed in SGO</source>
        <translation>Удалено в СГО</translation>
    </message>
    <message>
        <source>Changed in SGO: %1</source>
        <translation>Изменено в СГО: %1</translation>
    </message>
</context>
<context>
    <name>JournalMarksCommand</name>
    <message>
        <source>Clear a cell</source>
        <translation>очистку ячейки</translation>
    </message>
    <message>
        <source>Enter “%1”</source>
        <translation>ввод «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Change %n cell(s)</source>
        <translation>
            <numerusform>изменение %n ячейки</numerusform>
            <numerusform>изменение %n ячеек</numerusform>
            <numerusform>изменение %n ячеек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalStatisticsModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>fewer than three marks</source>
        <translation>меньше трёх отметок</translation>
    </message>
    <message>
        <source>missed more than 30% of the lessons: may not be assessed</source>
        <translation>пропущено более 30 % занятий: риск неаттестации</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Отметок</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Средний балл</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Пропуски</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>How the forecast is computed: the mean of the student&apos;s marks in this journal so far, rounded the usual way (from 4.5 it is 5, from 3.5 it is 4, from 2.5 it is 3, below that 2). With fewer than three marks there is no forecast yet. A student who missed more than 30% of the lessons held is flagged: they risk not being assessed.</source>
        <translation>Как считается прогноз: средний балл отметок обучающегося в этом журнале на сегодня, округлённый по обычным правилам (от 4,5 — 5, от 3,5 — 4, от 2,5 — 3, ниже — 2). При меньше чем трёх отметках прогноза пока нет. Если пропущено более 30 % проведённых занятий, обучающийся отмечается: есть риск неаттестации.</translation>
    </message>
</context>
<context>
    <name>JournalSubjectList</name>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>The group&apos;s journals</source>
        <translation>Журналы группы</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Преподаватель</translation>
    </message>
    <message>
        <source>Hours by plan</source>
        <translation>Часов по плану</translation>
    </message>
    <message>
        <source>Choose a subject to open its journal.</source>
        <translation>Выберите предмет, чтобы открыть его журнал.</translation>
    </message>
    <message>
        <source>Group %1 — %2</source>
        <translation>Группа %1 — %2</translation>
    </message>
    <message>
        <source>You have no journals in this group</source>
        <translation>У вас нет журналов в этой группе</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <source>Average mark of %1 in this journal</source>
        <translation>Средний балл: %1, по этому журналу</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1  %2 %3</source>
        <comment>number, last name, first name</comment>
        <translation>%1  %2 %3</translation>
    </message>
    <message>
        <source>Average
mark</source>
        <translation>Средний
балл</translation>
    </message>
    <message>
        <source>Average of the student&apos;s marks in this journal; absences do not count</source>
        <translation>Среднее оценок студента в этом журнале; пропуски не учитываются</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Tasks given: %1</source>
        <translation>Назначено заданий: %1</translation>
    </message>
    <message>
        <source>Distance lesson</source>
        <translation>Дистанционное занятие</translation>
    </message>
    <message>
        <source>“%1” is not a mark: type a mark from %2 to %3, “n” for an absence, or Delete to clear the cell.</source>
        <translation>«%1» — не оценка: введите оценку от %2 до %3, «н» — отсутствие, Delete — очистить ячейку.</translation>
    </message>
    <message>
        <source>%1
%2. Yours has not reached SGO yet: keep yours or take SGO&apos;s from the cell&apos;s menu.</source>
        <translation>%1
%2. Ваше значение ещё не передано в СГО: оставьте своё или возьмите из СГО в меню ячейки.</translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Lesson date +</source>
        <translation>Дата занятия +</translation>
    </message>
    <message>
        <source>Add a lesson to the journal</source>
        <translation>Добавить занятие в журнал</translation>
    </message>
    <message>
        <source>Change the lesson</source>
        <translation>Изменить занятие</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Добавить задание</translation>
    </message>
    <message>
        <source>Mark who is absent</source>
        <translation>Отметить, кого нет</translation>
    </message>
    <message>
        <source>Graded task</source>
        <translation>Задание с оценками</translation>
    </message>
    <message>
        <source>Delete the lesson</source>
        <translation>Удалить занятие</translation>
    </message>
    <message>
        <source>+ Create a distance lesson</source>
        <translation>+ Создать дистанционное занятие</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Group journal %1</source>
        <translation>Журнал группы %1</translation>
    </message>
    <message>
        <source>Course %1, semester %2</source>
        <translation>%1 курс, %2 семестр</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Teacher: %1</source>
        <translation>Преподаватель: %1</translation>
    </message>
    <message>
        <source>Academic hours of the lessons held by today</source>
        <translation>Академические часы занятий, проведённых по сегодняшний день</translation>
    </message>
    <message>
        <source>%1 h. by plan</source>
        <translation>%1 ч. по плану</translation>
    </message>
    <message>
        <source>Academic hours in the curriculum for the semester</source>
        <translation>Академические часы по учебному плану на семестр</translation>
    </message>
    <message>
        <source>Hide lessons from the schedule</source>
        <translation>Скрыть занятия из расписания</translation>
    </message>
    <message>
        <source>Show only the lessons held by today, without those still to come by the schedule</source>
        <translation>Показывать только занятия, проведённые по сегодняшний день, без предстоящих по расписанию</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Отменить (%1)</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Повторить (%1)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>Thematic plan topics</source>
        <translation>Темы КТП</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>%1. %2 — %3, %4</source>
        <translation>%1. %2 — %3, %4</translation>
    </message>
    <message>
        <source>%1 h. by fact</source>
        <translation>%1 ч. по факту</translation>
    </message>
    <message>
        <source>%1 on the topic: %2</source>
        <translation>%1 на тему: %2</translation>
    </message>
    <message>
        <source>Has not started yet.</source>
        <translation>Ещё не началось.</translation>
    </message>
    <message>
        <source>Running now: you can join.</source>
        <translation>Идёт сейчас: можно присоединиться.</translation>
    </message>
    <message>
        <source>The call has ended</source>
        <translation>Звонок завершен</translation>
    </message>
    <message>
        <source>A distance lesson can be created only while its time has not passed yet.</source>
        <translation>Создать дистанционное занятие можно только при условии, что его время ещё не прошло.</translation>
    </message>
    <message>
        <source>The lesson is held as a distance lesson: delete the distance lesson to move the lesson to another day.</source>
        <translation>Занятие проводится дистанционно: чтобы перенести его на другой день, удалите дистанционное занятие.</translation>
    </message>
    <message numerus="yes">
        <source>The lesson of %1 has %n mark(s) or absence(s). Delete the lesson with them?</source>
        <translation>
            <numerusform>У занятия от %1 есть %n отметка (оценка или пропуск). Удалить занятие вместе с ней?</numerusform>
            <numerusform>У занятия от %1 есть %n отметки (оценки или пропуски). Удалить занятие вместе с ними?</numerusform>
            <numerusform>У занятия от %1 есть %n отметок (оценок или пропусков). Удалить занятие вместе с ними?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can bring it back with Undo (%1).</source>
        <translation>Вернуть его можно командой «Отменить» (%1).</translation>
    </message>
    <message>
        <source>Distance lesson</source>
        <translation>Дистанционное занятие</translation>
    </message>
    <message>
        <source>The distance lesson has not started yet</source>
        <translation>Дистанционное занятие еще не началось</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Take SGO&apos;s</source>
        <translation>Взять из СГО</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>Не удалось сохранить выбор: %1</translation>
    </message>
</context>
<context>
    <name>JournalsPage</name>
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
    <message numerus="yes">
        <source>Course %1 — %n study group(s)</source>
        <translation>
            <numerusform>%1 курс — %n учебная группа</numerusform>
            <numerusform>%1 курс — %n учебные группы</numerusform>
            <numerusform>%1 курс — %n учебных групп</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress journal</source>
        <translation>Журнал успеваемости</translation>
    </message>
    <message>
        <source>Choose a group to open its journals.</source>
        <translation>Выберите группу, чтобы открыть её журналы.</translation>
    </message>
    <message>
        <source>Open the journals of group %1</source>
        <translation>Открыть журналы группы %1</translation>
    </message>
    <message>
        <source>You have no groups with journals</source>
        <translation>У вас нет групп с журналами</translation>
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
        <source>The learners&apos; digital footprint sent to U2035</source>
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
        <translation>Размер демонстрационного колледжа: default (обычный) или large (большой), вместе с --demo.</translation>
    </message>
    <message>
        <source>Keep the local cache in DIR.</source>
        <translation>Хранить локальный кэш в папке DIR.</translation>
    </message>
    <message>
        <source>Interface language: ru or en (default: the system&apos;s).</source>
        <translation>Язык интерфейса: ru или en (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>Exit right after the main window is first painted, printing the milliseconds since the process started.</source>
        <translation>Завершиться сразу после первой отрисовки главного окна и вывести число миллисекунд с момента запуска процесса.</translation>
    </message>
    <message>
        <source>Use the xAPI LRS at URL for this run instead of the settings.</source>
        <translation>В этом запуске использовать xAPI LRS по адресу URL вместо указанного в настройках.</translation>
    </message>
    <message>
        <source>Use the S3-compatible object storage at URL for this run instead of the settings.</source>
        <translation>В этом запуске использовать S3-совместимое объектное хранилище по адресу URL вместо указанного в настройках.</translation>
    </message>
    <message>
        <source>With --demo: the demo services misbehave as SPEC says, to try the app by hand, e.g. latency=2000,errors=30,hang,malformed=10,ratelimit,close,services=sgo+vk+xapi+storage.</source>
        <translation>Вместе с --demo: демонстрационные сервисы сбоят так, как задано в SPEC, чтобы проверить программу вручную, например latency=2000,errors=30,hang,malformed=10,ratelimit,close,services=sgo+vk+xapi+storage.</translation>
    </message>
    <message>
        <source>SPO Desk: journals, digital footprint, chats and accounts for vocational colleges.</source>
        <translation>СПО Деск: журналы, цифровой след, чаты и учётные записи для колледжей.</translation>
    </message>
    <message>
        <source>Use SGO at URL for this run instead of the settings.</source>
        <translation>Использовать в этом запуске СГО по адресу URL вместо настроек.</translation>
    </message>
    <message>
        <source>With --sync-once: sign in to SGO as LOGIN (else the remembered account).</source>
        <translation>С --sync-once: войти в СГО под логином LOGIN (иначе — под сохранённой учётной записью).</translation>
    </message>
    <message>
        <source>With --sync-once: read the SGO password from standard input.</source>
        <translation>С --sync-once: прочитать пароль СГО со стандартного ввода.</translation>
    </message>
    <message>
        <source>Without a window: pull the college from SGO, send the journal&apos;s edits, deliver the digital footprint that is due to U2035, print what was done and exit (non-zero if anything failed).</source>
        <translation>Без окна: загрузить колледж из СГО, отправить правки журнала, доставить в U2035 причитающийся цифровой след, вывести сделанное и выйти (с ненулевым кодом, если что-то не удалось).</translation>
    </message>
</context>
<context>
    <name>LessonAbsenceDialog</name>
    <message>
        <source>Mark who is absent</source>
        <translation>Отметить, кого нет</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Check the students who are not at the lesson:</source>
        <translation>Отметьте студентов, которых нет на занятии:</translation>
    </message>
</context>
<context>
    <name>LessonChangeCommand</name>
    <message>
        <source>Change a lesson</source>
        <translation>изменение занятия</translation>
    </message>
</context>
<context>
    <name>LessonCreateCommand</name>
    <message>
        <source>Add a lesson</source>
        <translation>добавление занятия</translation>
    </message>
</context>
<context>
    <name>LessonDeleteCommand</name>
    <message>
        <source>Delete a lesson</source>
        <translation>удаление занятия</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <source>Lesson</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>A lesson&apos;s topic can be taken from the list of thematic plan topics or typed by hand. Thematic plan topics can&apos;t be edited. The duration of a lesson and of thematic plan topics is given in academic hours.</source>
        <translation>Тема занятия может быть добавлена из списка тем КТП или задана вручную. Темы занятий из КТП нельзя редактировать. Длительность занятия и тем из КТП задается в академических часах.</translation>
    </message>
    <message>
        <source>Academic hours</source>
        <translation>Академические часы</translation>
    </message>
    <message>
        <source>Type the topic by hand</source>
        <translation>Задать тему вручную</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>What the lesson is about</source>
        <translation>О чём занятие</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Длительность:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>From the thematic plan:</source>
        <translation>Тема из КТП:</translation>
    </message>
    <message>
        <source>Lesson topic</source>
        <translation>Тема занятия</translation>
    </message>
    <message>
        <source>The date is outside the semester (%1 – %2): a lesson can&apos;t be dated there.</source>
        <translation>Дата вне семестра (%1 – %2): занятие нельзя поставить на эту дату.</translation>
    </message>
    <message>
        <source>Give the lesson a topic: choose one from the thematic plan or type it.</source>
        <translation>Укажите тему занятия: выберите её из КТП или задайте вручную.</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Distance lesson</source>
        <translation>Дистанционное занятие</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>No lesson chosen</source>
        <translation>Занятие не выбрано</translation>
    </message>
    <message>
        <source>Click a lesson&apos;s date in the journal.</source>
        <translation>Нажмите на дату занятия в журнале.</translation>
    </message>
    <message>
        <source>%1 on the topic: %2</source>
        <translation>%1 на тему: %2</translation>
    </message>
    <message>
        <source>Homework: %1</source>
        <translation>Домашнее задание: %1</translation>
    </message>
    <message>
        <source>Graded task: %1</source>
        <translation>Задание с оценками: %1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Задание: %1</translation>
    </message>
    <message>
        <source>Tasks given: %1</source>
        <translation>Назначено заданий: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>LessonTaskCommand</name>
    <message>
        <source>Add a graded task</source>
        <translation>задание с оценками</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>добавление задания</translation>
    </message>
</context>
<context>
    <name>LessonTaskDialog</name>
    <message>
        <source>Graded task</source>
        <translation>Задание с оценками</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Добавить задание</translation>
    </message>
    <message>
        <source>Task (its marks go into this lesson&apos;s column):</source>
        <translation>Задание (оценки за него ставятся в столбец этого занятия):</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Задание:</translation>
    </message>
    <message>
        <source>Describe the task.</source>
        <translation>Опишите задание.</translation>
    </message>
</context>
<context>
    <name>MainWindowController</name>
    <message>
        <source>Sending problems</source>
        <translation>Сбои отправки</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
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
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Bring what changed in SGO now (%1)</source>
        <translation>Получить изменения из СГО сейчас (%1)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Close this account&apos;s data and go back to «Connecting to the college»</source>
        <translation>Закрыть данные этой учётной записи и вернуться к «Подключению к колледжу»</translation>
    </message>
    <message>
        <source>Remove data from this computer…</source>
        <translation>Удалить данные с этого компьютера…</translation>
    </message>
    <message>
        <source>Sign out and remove this account&apos;s local cache, its log lines and its remembered password</source>
        <translation>Выйти и удалить локальный кэш этой учётной записи, строки журнала работы с ней и сохранённый пароль</translation>
    </message>
    <message>
        <source>Remove %1&apos;s data from this computer? The local copy of the college, the log lines that name this account and the remembered password are removed. What has not been sent to SGO or U2035 yet is lost.</source>
        <translation>Удалить данные пользователя %1 с этого компьютера? Будут удалены локальная копия колледжа, строки журнала работы с этой учётной записью и сохранённый пароль. То, что ещё не отправлено в СГО или U2035, будет потеряно.</translation>
    </message>
    <message>
        <source>Remove data from this computer</source>
        <translation>Удалить данные с этого компьютера</translation>
    </message>
    <message>
        <source>This account&apos;s data was removed from this computer.</source>
        <translation>Данные этой учётной записи удалены с этого компьютера.</translation>
    </message>
    <message>
        <source>Switch &amp;role</source>
        <translation>Сменить &amp;роль</translation>
    </message>
    <message>
        <source>Go back to the choice of your roles</source>
        <translation>Вернуться к выбору ваших ролей</translation>
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
    <name>ModuleLibrary</name>
    <message>
        <source>the file %1 is not installed (looked in %2).</source>
        <translation>не установлен файл %1 (искали: %2).</translation>
    </message>
    <message>
        <source>the file %1 could not be loaded: %2.</source>
        <translation>не удалось загрузить файл %1: %2.</translation>
    </message>
    <message>
        <source>the file %1 belongs to another version.</source>
        <translation>файл %1 — от другой версии.</translation>
    </message>
    <message>
        <source>the file %1 is incomplete.</source>
        <translation>файл %1 неполон.</translation>
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
        <source>The secure connection was refused: the service&apos;s certificate cannot be trusted (%1).</source>
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
    <name>ParentConsentModel</name>
    <message>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Как дано</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Contacts handed over</source>
        <translation>Контакты переданы</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>не запрашивалось</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>согласие</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>несогласие</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>письменно</translation>
    </message>
    <message>
        <source>in electronic form</source>
        <translation>в электронной форме</translation>
    </message>
    <message>
        <source>Give the date of the consent or refusal.</source>
        <translation>Укажите дату согласия или несогласия.</translation>
    </message>
    <message>
        <source>The date of the consent or refusal cannot be in the future.</source>
        <translation>Дата согласия или несогласия не может быть в будущем.</translation>
    </message>
    <message>
        <source>Say how the consent or refusal was given: in writing or in electronic form.</source>
        <translation>Укажите, как дано согласие или несогласие: письменно или в электронной форме.</translation>
    </message>
    <message>
        <source>Say how the parent handed the contacts over: in writing or in electronic form.</source>
        <translation>Укажите, как родитель передал контактные данные: письменно или с применением электронных систем.</translation>
    </message>
    <message>
        <source>A phone number has 10 or 11 digits, e.g. +7 912 345-67-89.</source>
        <translation>Номер телефона — 10 или 11 цифр, например +7 912 345-67-89.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Это не адрес электронной почты.</translation>
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
    <name>RoleChoicePage</name>
    <message>
        <source>Choose a role</source>
        <translation>Выберите роль</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Work as %1</source>
        <translation>Работать как %1</translation>
    </message>
    <message>
        <source>SGO gives you these roles. You can switch role at any time.</source>
        <translation>Эти роли вам назначены в СГО. Сменить роль можно в любой момент.</translation>
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
        <source>Saves this service&apos;s settings and tries them</source>
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
        <source>The organisation «%1» is not in SGO&apos;s list.</source>
        <translation>Организации «%1» нет в списке СГО.</translation>
    </message>
</context>
<context>
    <name>SgoSignIn</name>
    <message>
        <source>Type the address of your college&apos;s SGO, e.g. https://sgo.example.ru.</source>
        <translation>Введите адрес СГО вашего колледжа, например https://sgo.example.ru.</translation>
    </message>
    <message>
        <source>SGO must be reached over HTTPS: type the address with https://.</source>
        <translation>К СГО нужно подключаться по HTTPS: введите адрес с https://.</translation>
    </message>
    <message>
        <source>The server %1 can&apos;t be reached: %2</source>
        <translation>Сервер %1 недоступен: %2</translation>
    </message>
    <message>
        <source>The server %1 answers, but not as SGO does. Check the address: it is the one you open SGO with in the browser.</source>
        <translation>Сервер %1 отвечает, но не так, как СГО. Проверьте адрес: это тот адрес, по которому вы открываете СГО в браузере.</translation>
    </message>
    <message>
        <source>SGO at %1 lists no organisation.</source>
        <translation>СГО по адресу %1 не называет ни одной организации.</translation>
    </message>
    <message>
        <source>The password could not be remembered: %1 It will be asked at the next start.</source>
        <translation>Пароль не удалось запомнить: %1 Он будет запрошен при следующем запуске.</translation>
    </message>
    <message>
        <source>SGO gives this account no role of the college&apos;s staff (administrator, curator or teacher). SPO Desk is for the college&apos;s staff.</source>
        <translation>В СГО у этой учётной записи нет роли сотрудника колледжа (администратор, куратор или преподаватель). SPO Desk предназначен для сотрудников колледжа.</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>Switch &amp;user</source>
        <translation>Сменить &amp;пользователя</translation>
    </message>
    <message>
        <source>Go back to the sign-in and choose another user</source>
        <translation>Вернуться ко входу и выбрать другого пользователя</translation>
    </message>
    <message>
        <source>SPO Desk cannot start: %1 Reinstalling the program should put it right.</source>
        <translation>SPO Desk не может запуститься: %1 Переустановка программы должна это исправить.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Close SPO Desk</source>
        <translation>Закрыть SPO Desk</translation>
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
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Sending problems</source>
        <translation>&amp;Сбои отправки</translation>
    </message>
    <message>
        <source>What waits to be sent and what the services refused, with Retry</source>
        <translation>Что ждёт отправки и что отклонили сервисы, с кнопкой «Повторить»</translation>
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
        <source>Show the program&apos;s version</source>
        <translation>Показать версию программы</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
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
    <message>
        <source>The demo college&apos;s staff have not been loaded yet (the first load was cancelled or failed). Press F5 to load the rest; «Sending problems» says what failed.</source>
        <translation>Сотрудники демонстрационного колледжа ещё не загружены (первая загрузка была отменена или не удалась). Нажмите F5, чтобы загрузить остальное; что не получилось — в «Сбоях отправки».</translation>
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
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Lessons held against the curriculum, academic hours</source>
        <translation>Проведённые занятия и учебный план, ак. ч.</translation>
    </message>
    <message>
        <source>By lesson type, academic hours</source>
        <translation>По типам занятий, ак. ч.</translation>
    </message>
    <message>
        <source>The journal has no lessons yet.</source>
        <translation>В журнале пока нет занятий.</translation>
    </message>
    <message>
        <source>Results: marks and absences</source>
        <translation>По полученным результатам: отметки и пропуски</translation>
    </message>
    <message>
        <source>No marks yet.</source>
        <translation>Отметок пока нет.</translation>
    </message>
    <message>
        <source>Forecast of the final grade for the semester, students</source>
        <translation>Прогноз итоговой оценки за семестр, обучающихся</translation>
    </message>
    <message>
        <source>No students in the group.</source>
        <translation>В группе нет обучающихся.</translation>
    </message>
    <message>
        <source>Forecast of each student&apos;s final grade</source>
        <translation>Прогноз итоговой оценки каждого обучающегося</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forecast of each student&apos;s final grade for the semester&lt;/b&gt;</source>
        <translation>&lt;b&gt;Прогноз итоговой успешности обучающихся за семестр&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Held %1 of %2 by the curriculum (%3); the journal plans %4 in %5 lessons for the semester, %6 of them held by %7.</source>
        <translation>Проведено %1 из %2 по учебному плану (%3); в журнале на семестр запланировано %4 в %5 занятиях, из них к %7 проведено %6.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>By the curriculum</source>
        <translation>По учебному плану</translation>
    </message>
    <message>
        <source>By the curriculum: %1</source>
        <translation>По учебному плану: %1</translation>
    </message>
    <message>
        <source>Planned in the journal</source>
        <translation>Запланировано в журнале</translation>
    </message>
    <message>
        <source>Lessons in the journal for the whole semester: %1 (%2 of the curriculum)</source>
        <translation>Занятия в журнале на весь семестр: %1 (%2 учебного плана)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message numerus="yes">
        <source>Held by %1: %2 in %n lesson(s), %3 of the curriculum</source>
        <translation>
            <numerusform>Проведено к %1: %2 в %n занятии, %3 учебного плана</numerusform>
            <numerusform>Проведено к %1: %2 в %n занятиях, %3 учебного плана</numerusform>
            <numerusform>Проведено к %1: %2 в %n занятиях, %3 учебного плана</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>%1: %2 planned for the semester</source>
        <translation>%1: запланировано на семестр %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 held in %n lesson(s) (%3 of planned)</source>
        <translation>
            <numerusform>%1: проведено %2 в %n занятии (%3 от запланированного)</numerusform>
            <numerusform>%1: проведено %2 в %n занятиях (%3 от запланированного)</numerusform>
            <numerusform>%1: проведено %2 в %n занятиях (%3 от запланированного)</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Отметка %1</translation>
    </message>
    <message numerus="yes">
        <source>Mark %1: %n time(s), %2 of the marks</source>
        <translation>
            <numerusform>Отметка %1: %n раз, %2 всех отметок</numerusform>
            <numerusform>Отметка %1: %n раза, %2 всех отметок</numerusform>
            <numerusform>Отметка %1: %n раз, %2 всех отметок</numerusform>
        </translation>
    </message>
    <message>
        <source>Absences (%1)</source>
        <translation>Пропуски («%1»)</translation>
    </message>
    <message numerus="yes">
        <source>Absences: %n</source>
        <translation>
            <numerusform>Пропусков: %n</numerusform>
            <numerusform>Пропусков: %n</numerusform>
            <numerusform>Пропусков: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Обучающиеся</translation>
    </message>
    <message>
        <source>Forecast %1</source>
        <translation>Прогноз %1</translation>
    </message>
    <message numerus="yes">
        <source>Forecast %1: %n student(s)</source>
        <translation>
            <numerusform>Прогноз %1: %n обучающийся</numerusform>
            <numerusform>Прогноз %1: %n обучающихся</numerusform>
            <numerusform>Прогноз %1: %n обучающихся</numerusform>
        </translation>
    </message>
    <message>
        <source>No forecast yet</source>
        <translation>Прогноза пока нет</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than three marks: %n student(s)</source>
        <translation>
            <numerusform>Меньше трёх отметок: %n обучающийся</numerusform>
            <numerusform>Меньше трёх отметок: %n обучающихся</numerusform>
            <numerusform>Меньше трёх отметок: %n обучающихся</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummarySheetModel</name>
    <message>
        <source>deferred</source>
        <translation>отсрочка</translation>
    </message>
    <message>
        <source>Final grade %1, set %2.</source>
        <translation>Итоговая оценка %1, выставлена %2.</translation>
    </message>
    <message>
        <source>Published late, %1: more than a day after it was set.</source>
        <translation>Опубликована с опозданием, %1: позже суток после выставления.</translation>
    </message>
    <message>
        <source>Published to students and parents %1.</source>
        <translation>Опубликована для обучающихся и родителей %1.</translation>
    </message>
    <message>
        <source>Not published yet: students and parents must see it within a day of being set.</source>
        <translation>Ещё не опубликована: обучающиеся и родители должны увидеть её не позже суток после выставления.</translation>
    </message>
    <message>
        <source>Overdue: not published to students and parents within a day of being set.</source>
        <translation>Просрочено: не опубликована для обучающихся и родителей в течение суток после выставления.</translation>
    </message>
    <message>
        <source>Final grade deferred until %1. Reason: %2</source>
        <translation>Выставление итоговой оценки отсрочено до %1. Причина: %2</translation>
    </message>
    <message>
        <source>No final grade yet.</source>
        <translation>Итоговая оценка не выставлена.</translation>
    </message>
    <message>
        <source>Forecast: %1 (mean of the marks %2).</source>
        <translation>Прогноз: %1 (средний балл %2).</translation>
    </message>
    <message>
        <source>Not saved: the last change could not be written to the local cache.</source>
        <translation>Не сохранено: последнее изменение не удалось записать в локальный кэш.</translation>
    </message>
    <message>
        <source>%1, teacher %2</source>
        <translation>%1, преподаватель %2</translation>
    </message>
    <message>
        <source>A final grade is a mark from %1 to %2.</source>
        <translation>Итоговая оценка — отметка от %1 до %2.</translation>
    </message>
    <message>
        <source>Give the reason for the deferral.</source>
        <translation>Укажите причину отсрочки.</translation>
    </message>
    <message>
        <source>The new date must not be in the past.</source>
        <translation>Новая дата не может быть в прошлом.</translation>
    </message>
    <message>
        <source>Only the subject&apos;s teacher sets its final grades.</source>
        <translation>Итоговые оценки по предмету выставляет его преподаватель.</translation>
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
    <name>SyncOnce</name>
    <message>
        <source>The local cache can&apos;t be used: %1</source>
        <translation>Локальный кэш нельзя использовать: %1</translation>
    </message>
    <message>
        <source>The catalogue of BAS extensions can&apos;t be read: %1</source>
        <translation>Каталог «Расширений БАС» не читается: %1</translation>
    </message>
    <message>
        <source>The demo college&apos;s footprint could not be queued: %1</source>
        <translation>ЦС демо-колледжа не удалось поставить в очередь: %1</translation>
    </message>
    <message numerus="yes">
        <source>Queued the demo college&apos;s footprint: %n statement(s)</source>
        <translation>
            <numerusform>ЦС демо-колледжа поставлен в очередь: %n запись</numerusform>
            <numerusform>ЦС демо-колледжа поставлен в очередь: %n записи</numerusform>
            <numerusform>ЦС демо-колледжа поставлен в очередь: %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo services could not be started: %1</source>
        <translation>Демо-сервисы не удалось запустить: %1</translation>
    </message>
    <message>
        <source>No U2035 LRS address is set: enter it in the settings or give --u2035-url.</source>
        <translation>Адрес LRS У2035 не задан: укажите его в настройках или передайте --u2035-url.</translation>
    </message>
    <message>
        <source>conflict: %1 (%2): %3</source>
        <translation>конфликт: %1 (%2): %3</translation>
    </message>
    <message>
        <source>rejected: %1 (%2): %3</source>
        <translation>отклонено: %1 (%2): %3</translation>
    </message>
    <message>
        <source>U2035 could not be reached: %1</source>
        <translation>Нет связи с У2035: %1</translation>
    </message>
    <message>
        <source>Give the account with --sgo-login LOGIN --password-stdin (the password on standard input), or sign in once in SPO Desk with «Remember the password» ticked.</source>
        <translation>Укажите учётную запись: --sgo-login LOGIN --password-stdin (пароль — на стандартный ввод) или один раз войдите в SPO Desk, отметив «Запомнить пароль».</translation>
    </message>
    <message>
        <source>SGO: no address is set. Give it with --sgo-url URL, or sign in once in SPO Desk.</source>
        <translation>СГО: адрес не задан. Укажите его через --sgo-url URL или один раз войдите в SPO Desk.</translation>
    </message>
    <message>
        <source>SGO: no account to sign in with. %1</source>
        <translation>СГО: нет учётной записи для входа. %1</translation>
    </message>
    <message>
        <source>SGO: no password on standard input. Pipe it in, e.g. «printenv SGO_PASSWORD | spodesk --sync-once --sgo-login LOGIN --password-stdin».</source>
        <translation>СГО: на стандартном вводе нет пароля. Передайте его через конвейер, например «printenv SGO_PASSWORD | spodesk --sync-once --sgo-login LOGIN --password-stdin».</translation>
    </message>
    <message>
        <source>SGO lists several organisations: sign in once in SPO Desk to choose yours.</source>
        <translation>В СГО несколько организаций: один раз войдите в SPO Desk, чтобы выбрать свою.</translation>
    </message>
    <message>
        <source>SGO: the organisation «%1» is not in SGO&apos;s list.</source>
        <translation>СГО: организации «%1» нет в списке СГО.</translation>
    </message>
    <message>
        <source>SGO: no password for %1 is remembered. %2</source>
        <translation>СГО: пароль для %1 не сохранён. %2</translation>
    </message>
    <message>
        <source>SGO: signing in as %1 failed: %2</source>
        <translation>СГО: не удалось войти как %1: %2</translation>
    </message>
    <message>
        <source>SGO: %1 could not be loaded: %2</source>
        <translation>СГО: %1 — загрузить не удалось: %2</translation>
    </message>
    <message numerus="yes">
        <source>SGO refused %n journal edit(s): %1</source>
        <translation>
            <numerusform>СГО отклонил %n правку журнала: %1</numerusform>
            <numerusform>СГО отклонил %n правки журнала: %1</numerusform>
            <numerusform>СГО отклонил %n правок журнала: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SGO could not be reached: %1</source>
        <translation>СГО недоступен: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n journal edit(s) wait for the next run.</source>
        <translation>
            <numerusform>%n правка журнала ждёт следующего запуска.</numerusform>
            <numerusform>%n правки журнала ждут следующего запуска.</numerusform>
            <numerusform>%n правок журнала ждут следующего запуска.</numerusform>
        </translation>
    </message>
    <message>
        <source>SGO: loaded %1 (%2), sent %3</source>
        <translation>СГО: загружено: %1 (%2), отправлено: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s) of data</source>
        <translation>
            <numerusform>%n вид данных</numerusform>
            <numerusform>%n вида данных</numerusform>
            <numerusform>%n видов данных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal edit(s)</source>
        <translation>
            <numerusform>%n правка журнала</numerusform>
            <numerusform>%n правки журнала</numerusform>
            <numerusform>%n правок журнала</numerusform>
        </translation>
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
        <source>Changes the services refused or that could not be sent; click to see them</source>
        <translation>Изменения, которые сервисы отклонили или которые не удалось отправить; щёлкните, чтобы посмотреть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop sending after the current batch; it goes on later by itself</source>
        <translation>Остановить отправку после текущей пачки; позже она продолжится сама</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Here you will link your account to a Sferum learning profile and go to VK Messenger. The chats each role gets are made automatically; with the Chat management right you will create chats, choose their members and administrators.</source>
        <translation>Здесь вы привяжете учётную запись к учебному профилю Сферум и перейдёте в VK Мессенджер. Чаты, положенные каждой роли, создаются автоматически; с правом «Управление чатами» вы будете создавать чаты, выбирать их участников и администраторов.</translation>
    </message>
    <message>
        <source>Here you will hand out SGO logins for additional education: the lists of parents and pupils, changing a password, a printable slip with the login for a parent, and linking a parent to a child.</source>
        <translation>Здесь вы будете выдавать учётные записи СГО для дополнительного образования: списки родителей и учеников, смена пароля, бланк с логином для родителя для печати, привязка родителя к ребёнку.</translation>
    </message>
    <message>
        <source>The catalogue of BAS extensions that this section needs could not be read; see the message above.</source>
        <translation>Каталог «Расширений БАС», нужный этому разделу, не удалось прочитать; см. сообщение выше.</translation>
    </message>
</context>
</TS>
