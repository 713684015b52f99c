#pragma once

class QStatusBar;
class QString;

// QStatusBar draws a temporary message clipped at its first permanent widget, so a long status tip lost its
// end mid-letter under the sync state in a narrow window. This shortens it with an ellipsis to the room the
// bar's message area has now (Qt's own margins: 6 px before it, 2 px before the permanent widget).
QString fitStatusMessage(const QStatusBar &bar, const QString &message);
