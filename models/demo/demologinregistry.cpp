#include "demo/demologinregistry.h"

QString DemoLoginRegistry::personLogin(const PersonName &name)
{
    return unique(name.last + name.first.left(1) + name.middle.left(1));
}

QString DemoLoginRegistry::parentLogin(const QString &prefix, const PersonName &child)
{
    return unique(prefix + child.last + child.first.left(1));
}

QString DemoLoginRegistry::unique(const QString &base)
{
    // A second «ИвановПС» becomes «ИвановПС2», as SGO numbers namesakes.
    int &count = m_taken[base];
    ++count;
    if (count == 1)
        return base;
    QString login = base + QString::number(count);
    while (m_taken.contains(login))
        login = base + QString::number(++count);
    m_taken.insert(login, 1);
    return login;
}
