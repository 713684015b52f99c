#pragma once

#include <QList>
#include <QtGlobal>

// The demo college's only source of chance: xoshiro256** seeded through splitmix64, integer arithmetic only,
// so that one seed gives the same college on every platform and compiler (std:: distributions do not).
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    // An independent stream for one part of the college: drawing more in one part leaves the others
    // unchanged.
    DemoRandom fork(quint64 salt) const;

    quint64 next();
    // Uniform in [0, bound); bound > 0.
    int below(int bound);
    // Uniform in [low, high], both included.
    int between(int low, int high);
    // True with the chance percent / 100.
    bool percent(int percent);
    // True with the chance perMille / 1000.
    bool perMille(int perMille);
    // An index drawn with the given integer weights (not all zero).
    int weighted(const QList<int> &weights);

    template<typename T> const T &pick(const QList<T> &items) { return items.at(below(int(items.size()))); }

    template<typename T> void shuffle(QList<T> &items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, below(int(i + 1)));
    }

    // splitmix64's output function: a good 64-bit mix of any value, for per-item streams without state.
    static quint64 mix(quint64 value);

private:
    quint64 m_seed = 0;
    quint64 m_state[4] = {};
};
