import JSEngine

/// The localizer module (implemented by the Localizer issue): targets, strategies, reports.
public enum LocalizerModule {}
