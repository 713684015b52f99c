#pragma once

#include "college/personname.h"

#include <QString>

class DemoRandom;

enum class Gender { Male, Female };

// Russian names for the demo college. A surname and a patronymic agree with the bearer's gender
// (seed 004: «Гайворонская Наталья Владимировна», «Кунавин Александр Викторович»), and a child's patronymic
// is made from the father's first name.
class RussianNames
{
public:
    // Иванов → Иванова, Гайворонский → Гайворонская, Толстой → Толстая; Каган, Шевчук, Седых stay as they
    // are.
    static QString feminineSurname(const QString &masculine);
    // Сергеевич → Сергеевна, Никитич → Никитична, Ильич → Ильинична.
    static QString femininePatronymic(const QString &masculine);
    // For e-mail addresses: Воробьева → vorobeva.
    static QString transliterate(const QString &text);

    static int randomSurname(DemoRandom &rng);
    static QString surname(int index, Gender gender);

    // A man's name as a father or grandfather has it, with the patronymic it gives to his children.
    static int randomFatherName(DemoRandom &rng);
    static QString fatherName(int index);
    static QString patronymic(int fatherIndex, Gender gender);

    static QString randomAdultFemaleName(DemoRandom &rng);
    // First names of today's 16–20-year-olds.
    static QString randomYoungName(DemoRandom &rng, Gender gender);

    // A grown-up of the given gender: random surname, first name and patronymic.
    static PersonName randomAdult(DemoRandom &rng, Gender gender);
};
