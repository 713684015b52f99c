#include "demo/demorandom.h"

namespace {

quint64 rotateLeft(quint64 value, int bits)
{
    return (value << bits) | (value >> (64 - bits));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed) : m_seed(seed)
{
    quint64 x = seed;
    for (quint64 &word : m_state) {
        x += 0x9E3779B97F4A7C15ULL;
        word = mix(x);
    }
}

DemoRandom DemoRandom::fork(quint64 salt) const
{
    return DemoRandom(mix(m_seed ^ mix(salt + 0x632BE59BD9B4E019ULL)));
}

quint64 DemoRandom::mix(quint64 value)
{
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

int DemoRandom::below(int bound)
{
    Q_ASSERT(bound > 0);
    // The high 32 bits scaled by multiplication: no modulo bias worth the name, no division.
    return int(((next() >> 32) * quint64(bound)) >> 32);
}

int DemoRandom::between(int low, int high)
{
    return low + below(high - low + 1);
}

bool DemoRandom::percent(int percent)
{
    return below(100) < percent;
}

bool DemoRandom::perMille(int perMille)
{
    return below(1000) < perMille;
}

int DemoRandom::weighted(const QList<int> &weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = below(total);
    for (int i = 0; i < weights.size(); ++i) {
        if (r < weights.at(i))
            return i;
        r -= weights.at(i);
    }
    return int(weights.size()) - 1;
}
