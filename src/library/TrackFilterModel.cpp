#include "library/TrackFilterModel.h"

#include "library/TrackModel.h"

namespace liner::library {

void TrackFilterModel::setMood(const QString& mood)
{
    m_mood = mood;
    invalidateRowsFilter();
}

void TrackFilterModel::setCharacter(const QString& character)
{
    m_character = character;
    invalidateRowsFilter();
}

bool TrackFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto has = [&index](int role, const QString& wanted) {
        return wanted.isEmpty() ||
               index.data(role).toStringList().contains(wanted, Qt::CaseInsensitive);
    };
    return has(TrackModel::MoodsRole, m_mood) && has(TrackModel::CharactersRole, m_character);
}

} // namespace liner::library
