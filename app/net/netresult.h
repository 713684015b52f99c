#pragma once

#include "net/neterror.h"

#include <utility>
#include <variant>

// A reply turned into either a value or a typed error; parsers and clients return it.
template<typename T> class NetResult
{
public:
    NetResult(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    NetResult(NetError error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    const T &value() const { return std::get<0>(m_data); }
    T &value() { return std::get<0>(m_data); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }
    const NetError &error() const
    {
        static const NetError none;
        return ok() ? none : std::get<1>(m_data);
    }

private:
    std::variant<T, NetError> m_data;
};
