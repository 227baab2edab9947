// What an app server keeps in memory between requests: values by key, each with the
// versions of the data it was made from, given back only to a request that has read
// the same versions from the database. Every writer of those data writes a newer
// version in the same transaction, so a change made through any app server is never
// hidden by what another one keeps: the old value is simply not asked for again.
// Bounded by size: beyond `octets_max`, it starts again empty (a value is cheap to
// make again, once).
#pragma once

#include "fcgi/versions.hpp"

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace ope {

template <class V>
class Memoire {
public:
    explicit Memoire(std::size_t octets_max) : octets_max_(octets_max) {}

    // The value kept for `cle`, if it was made at `versions`; nullptr otherwise.
    std::shared_ptr<const V> trouver(const std::string& cle, const Versions& versions) const {
        std::lock_guard<std::mutex> garde(verrou_);
        auto it = valeurs_.find(cle);
        if (it == valeurs_.end() || it->second.versions != versions) return nullptr;
        return it->second.valeur;
    }

    // Keeps `valeur` (about `octets` bytes) for `cle` at `versions`, in place of any
    // older one. Read the data after their versions: what is kept is then at least as
    // new as `versions` say (a change committed in between gives a newer version,
    // which misses this entry).
    void garder(const std::string& cle, const Versions& versions, std::shared_ptr<const V> valeur,
                std::size_t octets) {
        std::lock_guard<std::mutex> garde(verrou_);
        auto it = valeurs_.find(cle);
        if (it != valeurs_.end()) {
            octets_ -= it->second.octets;
            valeurs_.erase(it);
        }
        if (octets_ + octets > octets_max_) {
            valeurs_.clear();
            octets_ = 0;
        }
        if (octets > octets_max_) return;
        valeurs_.emplace(cle, Entree{versions, std::move(valeur), octets});
        octets_ += octets;
    }

    std::size_t taille() const {
        std::lock_guard<std::mutex> garde(verrou_);
        return valeurs_.size();
    }

private:
    struct Entree {
        Versions versions;
        std::shared_ptr<const V> valeur;
        std::size_t octets;
    };
    mutable std::mutex verrou_;
    std::unordered_map<std::string, Entree> valeurs_;
    std::size_t octets_ = 0;
    const std::size_t octets_max_;
};

}  // namespace ope
