// Replaced by the views as they land.
