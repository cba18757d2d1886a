#pragma once

class QTableView;

namespace nomo::ui {

// The console's read-only lists (activity, the message log, broadcasts) look and behave
// alike: whole rows selected, nothing edited in place, no row numbers, words wrapped
// rather than cut, each column as wide as its words and `stretchColumn` taking the room.
void setUpListTable(QTableView &table, int stretchColumn);

} // namespace nomo::ui
