package review

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/sahifa/sahifa/extract/document"
)

// Labels are the expected roles of an article's lines, as the project's
// labelled fixtures give them (`.roles` files, see testdata/devset's
// README): line number → the accepted roles, the first the preferred one.
//
// The format, one line per input line:
//
//	N role
//	N role|other        either is right
//	N role  # comment   text after the role is ignored
//	# comment           a line starting with # is ignored, as is a blank one
type Labels map[int][]document.Role

// ParseLabels reads a labels file; name names it in errors. A line that
// is not `N role`, a role not of the spec or a line number given twice
// is an error that says where.
func ParseLabels(r io.Reader, name string) (Labels, error) {
	m := Labels{}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for i := 1; sc.Scan(); i++ {
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		n, err := strconv.Atoi(f[0])
		if len(f) < 2 || err != nil || n < 1 {
			return nil, fmt.Errorf("%s:%d: want `N role` with N a line number, got %q", name, i, sc.Text())
		}
		if _, dup := m[n]; dup {
			return nil, fmt.Errorf("%s:%d: line %d labelled twice", name, i, n)
		}
		for _, role := range strings.Split(f[1], "|") {
			if !slices.Contains(Roles, document.Role(role)) {
				return nil, fmt.Errorf("%s:%d: %q is not a role; the roles are %s", name, i, role, roleList())
			}
			m[n] = append(m[n], document.Role(role))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return m, nil
}

// Roles are the line roles of the spec, in the order a legend lists them.
var Roles = []document.Role{
	document.RoleTitle, document.RoleCaptionEN, document.RoleCaptionAR, document.RoleCredit,
	document.RoleDateline, document.RoleByline, document.RoleHeading, document.RoleParagraph,
	document.RoleListItem, document.RoleEmbed, document.RoleAttribution, document.RoleResidue,
	document.RoleMarkup, document.RoleBlank,
}

func roleList() string {
	s := make([]string, len(Roles))
	for i, r := range Roles {
		s[i] = string(r)
	}
	return strings.Join(s, ", ")
}

// AppendLabels appends the labels of the rows to dst, one `N role` line
// each, in order, after a comment naming the article: the file a fixture
// starts from, and the one the review page downloads (with the editor's
// corrections).
func AppendLabels(dst []byte, a *Article) []byte {
	dst = fmt.Appendf(dst, "# %s\n", a.Name)
	for _, r := range a.Rows {
		dst = fmt.Appendf(dst, "%d %s\n", r.N, r.Role)
	}
	return dst
}
