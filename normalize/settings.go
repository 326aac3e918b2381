package normalize

// Settings are the options of a Normalizer as plain values, the form in
// which a command line or a pipeline's configuration gives them; Options
// turns them into the list New takes. The zero Settings are the defaults.
type Settings struct {
	Digits      DigitStyle // what Display does with digits (Digits)
	KeepPersian bool       // KeepPersian
	FoldHamza   bool       // FoldHamza
	DaggerAlef  bool       // DaggerAlef
	ZWNJAsSpace bool       // ZWNJAsSpace
}

// Options are the Options s stands for: none for the zero Settings.
func (s Settings) Options() []Option {
	var opts []Option
	if s.Digits != DigitsKeep {
		opts = append(opts, Digits(s.Digits))
	}
	if s.KeepPersian {
		opts = append(opts, KeepPersian())
	}
	if s.FoldHamza {
		opts = append(opts, FoldHamza())
	}
	if s.DaggerAlef {
		opts = append(opts, DaggerAlef())
	}
	if s.ZWNJAsSpace {
		opts = append(opts, ZWNJAsSpace())
	}
	return opts
}
