#include "demo/russiannames.h"

#include "demo/demorandom.h"

#include <QList>
#include <QStringList>

namespace {

// Masculine forms; the feminine form follows from feminineSurname().
QStringList masculineSurnames()
{
    return {
        QStringLiteral("Иванов"),     QStringLiteral("Смирнов"),    QStringLiteral("Кузнецов"),
        QStringLiteral("Попов"),      QStringLiteral("Васильев"),   QStringLiteral("Петров"),
        QStringLiteral("Соколов"),    QStringLiteral("Михайлов"),   QStringLiteral("Новиков"),
        QStringLiteral("Федоров"),    QStringLiteral("Морозов"),    QStringLiteral("Волков"),
        QStringLiteral("Алексеев"),   QStringLiteral("Лебедев"),    QStringLiteral("Семенов"),
        QStringLiteral("Егоров"),     QStringLiteral("Павлов"),     QStringLiteral("Козлов"),
        QStringLiteral("Степанов"),   QStringLiteral("Николаев"),   QStringLiteral("Орлов"),
        QStringLiteral("Андреев"),    QStringLiteral("Макаров"),    QStringLiteral("Никитин"),
        QStringLiteral("Захаров"),    QStringLiteral("Зайцев"),     QStringLiteral("Соловьев"),
        QStringLiteral("Борисов"),    QStringLiteral("Яковлев"),    QStringLiteral("Григорьев"),
        QStringLiteral("Романов"),    QStringLiteral("Воробьев"),   QStringLiteral("Сергеев"),
        QStringLiteral("Кузьмин"),    QStringLiteral("Фролов"),     QStringLiteral("Александров"),
        QStringLiteral("Дмитриев"),   QStringLiteral("Королев"),    QStringLiteral("Гусев"),
        QStringLiteral("Киселев"),    QStringLiteral("Ильин"),      QStringLiteral("Максимов"),
        QStringLiteral("Поляков"),    QStringLiteral("Сорокин"),    QStringLiteral("Виноградов"),
        QStringLiteral("Ковалев"),    QStringLiteral("Белов"),      QStringLiteral("Медведев"),
        QStringLiteral("Антонов"),    QStringLiteral("Тарасов"),    QStringLiteral("Жуков"),
        QStringLiteral("Баранов"),    QStringLiteral("Филиппов"),   QStringLiteral("Комаров"),
        QStringLiteral("Давыдов"),    QStringLiteral("Беляев"),     QStringLiteral("Герасимов"),
        QStringLiteral("Богданов"),   QStringLiteral("Осипов"),     QStringLiteral("Сидоров"),
        QStringLiteral("Матвеев"),    QStringLiteral("Титов"),      QStringLiteral("Марков"),
        QStringLiteral("Миронов"),    QStringLiteral("Крылов"),     QStringLiteral("Куликов"),
        QStringLiteral("Карпов"),     QStringLiteral("Власов"),     QStringLiteral("Мельников"),
        QStringLiteral("Денисов"),    QStringLiteral("Гаврилов"),   QStringLiteral("Тихонов"),
        QStringLiteral("Казаков"),    QStringLiteral("Афанасьев"),  QStringLiteral("Данилов"),
        QStringLiteral("Савельев"),   QStringLiteral("Тимофеев"),   QStringLiteral("Фомин"),
        QStringLiteral("Чернов"),     QStringLiteral("Абрамов"),    QStringLiteral("Мартынов"),
        QStringLiteral("Ефимов"),     QStringLiteral("Федотов"),    QStringLiteral("Щербаков"),
        QStringLiteral("Назаров"),    QStringLiteral("Калинин"),    QStringLiteral("Исаев"),
        QStringLiteral("Чернышев"),   QStringLiteral("Быков"),      QStringLiteral("Маслов"),
        QStringLiteral("Родионов"),   QStringLiteral("Коновалов"),  QStringLiteral("Лазарев"),
        QStringLiteral("Воронин"),    QStringLiteral("Климов"),     QStringLiteral("Филатов"),
        QStringLiteral("Пономарев"),  QStringLiteral("Голубев"),    QStringLiteral("Кудрявцев"),
        QStringLiteral("Прохоров"),   QStringLiteral("Наумов"),     QStringLiteral("Потапов"),
        QStringLiteral("Журавлев"),   QStringLiteral("Овчинников"), QStringLiteral("Трофимов"),
        QStringLiteral("Леонов"),     QStringLiteral("Соболев"),    QStringLiteral("Ермаков"),
        QStringLiteral("Колесников"), QStringLiteral("Гончаров"),   QStringLiteral("Емельянов"),
        QStringLiteral("Никифоров"),  QStringLiteral("Грачев"),     QStringLiteral("Котов"),
        QStringLiteral("Гришин"),     QStringLiteral("Ефремов"),    QStringLiteral("Архипов"),
        QStringLiteral("Громов"),     QStringLiteral("Кириллов"),   QStringLiteral("Малышев"),
        QStringLiteral("Панов"),      QStringLiteral("Моисеев"),    QStringLiteral("Румянцев"),
        QStringLiteral("Акимов"),     QStringLiteral("Кондратьев"), QStringLiteral("Бирюков"),
        QStringLiteral("Горбунов"),   QStringLiteral("Анисимов"),   QStringLiteral("Еремин"),
        QStringLiteral("Тихомиров"),  QStringLiteral("Галкин"),     QStringLiteral("Лукьянов"),
        QStringLiteral("Михеев"),     QStringLiteral("Скворцов"),   QStringLiteral("Юдин"),
        QStringLiteral("Белоусов"),   QStringLiteral("Нестеров"),   QStringLiteral("Симонов"),
        QStringLiteral("Прокофьев"),  QStringLiteral("Харитонов"),  QStringLiteral("Князев"),
        QStringLiteral("Цветков"),    QStringLiteral("Левин"),      QStringLiteral("Митрофанов"),
        QStringLiteral("Воронцов"),   QStringLiteral("Суханов"),    QStringLiteral("Рязанцев"),
        QStringLiteral("Кунавин"),    QStringLiteral("Злобин"),     QStringLiteral("Гаршин"),
        QStringLiteral("Галочкин"),   QStringLiteral("Палагин"),    QStringLiteral("Поснов"),
        QStringLiteral("Шайдуков"),   QStringLiteral("Абязов"),     QStringLiteral("Алиев"),
        QStringLiteral("Ахмедов"),    QStringLiteral("Мамедов"),    QStringLiteral("Гусейнов"),
        QStringLiteral("Хабибуллин"), QStringLiteral("Сафин"),      QStringLiteral("Гайворонский"),
        QStringLiteral("Ковальский"), QStringLiteral("Островский"), QStringLiteral("Вишневский"),
        QStringLiteral("Покровский"), QStringLiteral("Успенский"),  QStringLiteral("Соколовский"),
        QStringLiteral("Бельский"),   QStringLiteral("Шуйский"),    QStringLiteral("Высоцкий"),
        QStringLiteral("Белецкий"),   QStringLiteral("Донской"),    QStringLiteral("Толстой"),
        QStringLiteral("Лановой"),    QStringLiteral("Каган"),      QStringLiteral("Таранян"),
        QStringLiteral("Саркисян"),   QStringLiteral("Цымбал"),     QStringLiteral("Шевчук"),
        QStringLiteral("Ковальчук"),  QStringLiteral("Бондаренко"), QStringLiteral("Шевченко"),
        QStringLiteral("Ткаченко"),   QStringLiteral("Кравченко"),  QStringLiteral("Мельник"),
        QStringLiteral("Кравец"),     QStringLiteral("Ким"),        QStringLiteral("Пак"),
        QStringLiteral("Седых"),      QStringLiteral("Черных"),     QStringLiteral("Долгих"),
        QStringLiteral("Зуев"),       QStringLiteral("Кочетков"),   QStringLiteral("Ларионов"),
        QStringLiteral("Мухин"),      QStringLiteral("Пестов"),     QStringLiteral("Рогов"),
        QStringLiteral("Субботин"),   QStringLiteral("Третьяков"),  QStringLiteral("Устинов"),
        QStringLiteral("Фадеев"),     QStringLiteral("Хохлов"),     QStringLiteral("Шубин"),
        QStringLiteral("Щукин"),      QStringLiteral("Яшин"),       QStringLiteral("Бурцев"),
        QStringLiteral("Веселов"),    QStringLiteral("Дорофеев"),   QStringLiteral("Жданов"),
        QStringLiteral("Зимин"),      QStringLiteral("Игнатьев"),   QStringLiteral("Кудрин"),
        QStringLiteral("Лыткин"),     QStringLiteral("Мишин"),      QStringLiteral("Носков"),
        QStringLiteral("Окунев"),     QStringLiteral("Пахомов"),    QStringLiteral("Рыбаков"),
        QStringLiteral("Сазонов"),    QStringLiteral("Тетерин"),    QStringLiteral("Уваров"),
        QStringLiteral("Чистяков"),   QStringLiteral("Шилов"),
    };
}

struct MaleName
{
    QString name;
    QString patronymic; // the son's
};

// Fathers and grandfathers: men born between the 1940s and the 1980s.
QList<MaleName> fatherNames()
{
    return {
        {QStringLiteral("Александр"), QStringLiteral("Александрович")},
        {QStringLiteral("Сергей"), QStringLiteral("Сергеевич")},
        {QStringLiteral("Андрей"), QStringLiteral("Андреевич")},
        {QStringLiteral("Алексей"), QStringLiteral("Алексеевич")},
        {QStringLiteral("Дмитрий"), QStringLiteral("Дмитриевич")},
        {QStringLiteral("Владимир"), QStringLiteral("Владимирович")},
        {QStringLiteral("Евгений"), QStringLiteral("Евгеньевич")},
        {QStringLiteral("Игорь"), QStringLiteral("Игоревич")},
        {QStringLiteral("Олег"), QStringLiteral("Олегович")},
        {QStringLiteral("Николай"), QStringLiteral("Николаевич")},
        {QStringLiteral("Михаил"), QStringLiteral("Михайлович")},
        {QStringLiteral("Юрий"), QStringLiteral("Юрьевич")},
        {QStringLiteral("Виктор"), QStringLiteral("Викторович")},
        {QStringLiteral("Иван"), QStringLiteral("Иванович")},
        {QStringLiteral("Павел"), QStringLiteral("Павлович")},
        {QStringLiteral("Роман"), QStringLiteral("Романович")},
        {QStringLiteral("Денис"), QStringLiteral("Денисович")},
        {QStringLiteral("Максим"), QStringLiteral("Максимович")},
        {QStringLiteral("Вадим"), QStringLiteral("Вадимович")},
        {QStringLiteral("Константин"), QStringLiteral("Константинович")},
        {QStringLiteral("Виталий"), QStringLiteral("Витальевич")},
        {QStringLiteral("Валерий"), QStringLiteral("Валерьевич")},
        {QStringLiteral("Анатолий"), QStringLiteral("Анатольевич")},
        {QStringLiteral("Геннадий"), QStringLiteral("Геннадьевич")},
        {QStringLiteral("Вячеслав"), QStringLiteral("Вячеславович")},
        {QStringLiteral("Эдуард"), QStringLiteral("Эдуардович")},
        {QStringLiteral("Руслан"), QStringLiteral("Русланович")},
        {QStringLiteral("Артем"), QStringLiteral("Артемович")},
        {QStringLiteral("Станислав"), QStringLiteral("Станиславович")},
        {QStringLiteral("Илья"), QStringLiteral("Ильич")},
        {QStringLiteral("Леонид"), QStringLiteral("Леонидович")},
        {QStringLiteral("Борис"), QStringLiteral("Борисович")},
        {QStringLiteral("Григорий"), QStringLiteral("Григорьевич")},
        {QStringLiteral("Петр"), QStringLiteral("Петрович")},
        {QStringLiteral("Василий"), QStringLiteral("Васильевич")},
        {QStringLiteral("Федор"), QStringLiteral("Федорович")},
        {QStringLiteral("Степан"), QStringLiteral("Степанович")},
        {QStringLiteral("Антон"), QStringLiteral("Антонович")},
        {QStringLiteral("Владислав"), QStringLiteral("Владиславович")},
        {QStringLiteral("Аркадий"), QStringLiteral("Аркадьевич")},
        {QStringLiteral("Тимур"), QStringLiteral("Тимурович")},
        {QStringLiteral("Семен"), QStringLiteral("Семенович")},
        {QStringLiteral("Георгий"), QStringLiteral("Георгиевич")},
        {QStringLiteral("Яков"), QStringLiteral("Яковлевич")},
        {QStringLiteral("Никита"), QStringLiteral("Никитич")},
        {QStringLiteral("Лев"), QStringLiteral("Львович")},
        {QStringLiteral("Вагинак"), QStringLiteral("Вагинакович")},
        {QStringLiteral("Ринат"), QStringLiteral("Ринатович")},
    };
}

QStringList adultFemaleNames()
{
    return {
        QStringLiteral("Елена"),     QStringLiteral("Ольга"),     QStringLiteral("Наталья"),
        QStringLiteral("Татьяна"),   QStringLiteral("Ирина"),     QStringLiteral("Светлана"),
        QStringLiteral("Юлия"),      QStringLiteral("Анна"),      QStringLiteral("Екатерина"),
        QStringLiteral("Марина"),    QStringLiteral("Мария"),     QStringLiteral("Оксана"),
        QStringLiteral("Анастасия"), QStringLiteral("Людмила"),   QStringLiteral("Галина"),
        QStringLiteral("Надежда"),   QStringLiteral("Валентина"), QStringLiteral("Лариса"),
        QStringLiteral("Любовь"),    QStringLiteral("Жанна"),     QStringLiteral("Виктория"),
        QStringLiteral("Евгения"),   QStringLiteral("Алена"),     QStringLiteral("Инна"),
        QStringLiteral("Вера"),      QStringLiteral("Нина"),      QStringLiteral("Тамара"),
        QStringLiteral("Кристина"),  QStringLiteral("Ксения"),    QStringLiteral("Яна"),
        QStringLiteral("Дарья"),     QStringLiteral("Регина"),    QStringLiteral("Нелли"),
        QStringLiteral("Алла"),      QStringLiteral("Маргарита"), QStringLiteral("Олеся"),
    };
}

QStringList youngMaleNames()
{
    return {
        QStringLiteral("Артем"),      QStringLiteral("Максим"),    QStringLiteral("Александр"),
        QStringLiteral("Дмитрий"),    QStringLiteral("Даниил"),    QStringLiteral("Кирилл"),
        QStringLiteral("Иван"),       QStringLiteral("Михаил"),    QStringLiteral("Никита"),
        QStringLiteral("Егор"),       QStringLiteral("Матвей"),    QStringLiteral("Андрей"),
        QStringLiteral("Илья"),       QStringLiteral("Алексей"),   QStringLiteral("Роман"),
        QStringLiteral("Сергей"),     QStringLiteral("Владислав"), QStringLiteral("Ярослав"),
        QStringLiteral("Тимофей"),    QStringLiteral("Арсений"),   QStringLiteral("Денис"),
        QStringLiteral("Владимир"),   QStringLiteral("Павел"),     QStringLiteral("Глеб"),
        QStringLiteral("Константин"), QStringLiteral("Богдан"),    QStringLiteral("Евгений"),
        QStringLiteral("Николай"),    QStringLiteral("Степан"),    QStringLiteral("Захар"),
        QStringLiteral("Тимур"),      QStringLiteral("Марк"),      QStringLiteral("Семен"),
        QStringLiteral("Федор"),      QStringLiteral("Георгий"),   QStringLiteral("Лев"),
        QStringLiteral("Антон"),      QStringLiteral("Вадим"),     QStringLiteral("Игорь"),
        QStringLiteral("Руслан"),     QStringLiteral("Вячеслав"),  QStringLiteral("Григорий"),
        QStringLiteral("Макар"),      QStringLiteral("Артур"),     QStringLiteral("Виктор"),
        QStringLiteral("Станислав"),  QStringLiteral("Савелий"),   QStringLiteral("Олег"),
        QStringLiteral("Давид"),      QStringLiteral("Леонид"),    QStringLiteral("Виталий"),
        QStringLiteral("Мирон"),      QStringLiteral("Василий"),   QStringLiteral("Елисей"),
        QStringLiteral("Родион"),     QStringLiteral("Платон"),    QStringLiteral("Санжар"),
        QStringLiteral("Нурсултан"),  QStringLiteral("Эмиль"),     QStringLiteral("Ринат"),
    };
}

QStringList youngFemaleNames()
{
    return {
        QStringLiteral("Анастасия"), QStringLiteral("Мария"),     QStringLiteral("Анна"),
        QStringLiteral("Виктория"),  QStringLiteral("Екатерина"), QStringLiteral("Полина"),
        QStringLiteral("Елизавета"), QStringLiteral("Дарья"),     QStringLiteral("Александра"),
        QStringLiteral("Ксения"),    QStringLiteral("София"),     QStringLiteral("Алина"),
        QStringLiteral("Валерия"),   QStringLiteral("Вероника"),  QStringLiteral("Арина"),
        QStringLiteral("Варвара"),   QStringLiteral("Кристина"),  QStringLiteral("Ульяна"),
        QStringLiteral("Алиса"),     QStringLiteral("Ева"),       QStringLiteral("Маргарита"),
        QStringLiteral("Юлия"),      QStringLiteral("Татьяна"),   QStringLiteral("Милана"),
        QStringLiteral("Ольга"),     QStringLiteral("Елена"),     QStringLiteral("Карина"),
        QStringLiteral("Диана"),     QStringLiteral("Алена"),     QStringLiteral("Ангелина"),
        QStringLiteral("Софья"),     QStringLiteral("Таисия"),    QStringLiteral("Василиса"),
        QStringLiteral("Злата"),     QStringLiteral("Марина"),    QStringLiteral("Яна"),
        QStringLiteral("Олеся"),     QStringLiteral("Кира"),      QStringLiteral("Эвелина"),
        QStringLiteral("Есения"),    QStringLiteral("Регина"),    QStringLiteral("Ирина"),
        QStringLiteral("Светлана"),  QStringLiteral("Надежда"),   QStringLiteral("Наталья"),
        QStringLiteral("Нелли"),     QStringLiteral("Вера"),      QStringLiteral("Любовь"),
    };
}

// Built once: every form the generator hands out, so that a person's name costs no allocation.
struct Tables
{
    QStringList surnames[2];
    QStringList fathers;
    QStringList patronymics[2];
    QStringList adultFemale;
    QStringList young[2];

    Tables()
    {
        surnames[0] = masculineSurnames();
        for (const QString &s : std::as_const(surnames[0]))
            surnames[1] << RussianNames::feminineSurname(s);
        for (const MaleName &m : fatherNames()) {
            fathers << m.name;
            patronymics[0] << m.patronymic;
            patronymics[1] << RussianNames::femininePatronymic(m.patronymic);
        }
        adultFemale = adultFemaleNames();
        young[0] = youngMaleNames();
        young[1] = youngFemaleNames();
    }
};

const Tables &tables()
{
    static const Tables instance;
    return instance;
}

int genderIndex(Gender gender)
{
    return gender == Gender::Male ? 0 : 1;
}

} // namespace

QString RussianNames::feminineSurname(const QString &masculine)
{
    if (masculine.endsWith(QStringLiteral("ский")) || masculine.endsWith(QStringLiteral("цкий")))
        return masculine.chopped(2) + QStringLiteral("ая");
    if (masculine.endsWith(QStringLiteral("ой")) || masculine.endsWith(QStringLiteral("ый")))
        return masculine.chopped(2) + QStringLiteral("ая");
    for (const QString &ending : {QStringLiteral("ов"), QStringLiteral("ев"), QStringLiteral("ёв"),
                                  QStringLiteral("ин"), QStringLiteral("ын")}) {
        if (masculine.endsWith(ending))
            return masculine + QStringLiteral("а");
    }
    return masculine;
}

QString RussianNames::femininePatronymic(const QString &masculine)
{
    if (masculine.endsWith(QStringLiteral("вич")))
        return masculine.chopped(3) + QStringLiteral("вна");
    // Ильич, Кузьмич, Фомич: the daughter's form keeps the name's «-ин-».
    for (const QString &stem :
         {QStringLiteral("Иль"), QStringLiteral("Кузьм"), QStringLiteral("Фом"), QStringLiteral("Лук")}) {
        if (masculine == stem + QStringLiteral("ич"))
            return stem + QStringLiteral("инична");
    }
    if (masculine.endsWith(QStringLiteral("ич")))
        return masculine + QStringLiteral("на");
    return masculine;
}

QString RussianNames::transliterate(const QString &text)
{
    static const QString from = QStringLiteral("абвгдеёжзийклмнопрстуфхцчшщъыьэюя");
    static const char *const to[] = {"a",  "b",  "v",  "g",  "d",    "e", "e", "zh", "z", "i",  "y",
                                     "k",  "l",  "m",  "n",  "o",    "p", "r", "s",  "t", "u",  "f",
                                     "kh", "ts", "ch", "sh", "shch", "",  "y", "",   "e", "yu", "ya"};
    QString result;
    result.reserve(text.size() * 2);
    for (const QChar c : text.toLower()) {
        const qsizetype i = from.indexOf(c);
        if (i >= 0)
            result += QLatin1String(to[i]);
        else if (c.unicode() < 0x80)
            result += c;
    }
    return result;
}

int RussianNames::randomSurname(DemoRandom &rng)
{
    return rng.below(int(tables().surnames[0].size()));
}

QString RussianNames::surname(int index, Gender gender)
{
    return tables().surnames[genderIndex(gender)].at(index);
}

int RussianNames::randomFatherName(DemoRandom &rng)
{
    return rng.below(int(tables().fathers.size()));
}

QString RussianNames::fatherName(int index)
{
    return tables().fathers.at(index);
}

QString RussianNames::patronymic(int fatherIndex, Gender gender)
{
    return tables().patronymics[genderIndex(gender)].at(fatherIndex);
}

QString RussianNames::randomAdultFemaleName(DemoRandom &rng)
{
    return rng.pick(tables().adultFemale);
}

QString RussianNames::randomYoungName(DemoRandom &rng, Gender gender)
{
    return rng.pick(tables().young[genderIndex(gender)]);
}

PersonName RussianNames::randomAdult(DemoRandom &rng, Gender gender)
{
    PersonName name;
    name.last = surname(randomSurname(rng), gender);
    name.first = gender == Gender::Male ? fatherName(randomFatherName(rng)) : randomAdultFemaleName(rng);
    name.middle = patronymic(randomFatherName(rng), gender);
    return name;
}
