//! Reading an entry of the index file (see [`super`] for its layout):
//! decoded, with its strings borrowed, or passed over.

use std::path::{Path, PathBuf};

use super::{Content, Entry, Meta, Stamped};
use crate::article::LoadProblem;
use crate::index::article_ref::{ArticleRef, Tags};
use crate::index::bytes::Reader;
use crate::layout::Direction;

pub(in crate::index) fn read_entry(r: &mut Reader) -> Option<Entry> {
    // Most files hold one article.
    let mut list = Vec::with_capacity(1);
    let (head, problem) = read_entry_by(r, |a| list.push(Meta::from(a)))?;
    // An index decoded whole keeps its entries: none holds spare room.
    list.shrink_to_fit();
    let content = match problem {
        Some(p) => Content::Problem {
            line: p.line,
            column: p.column,
            message: p.message,
        },
        None => Content::Articles(list),
    };
    Some(Entry {
        path: PathBuf::from(head.path),
        size: head.size,
        mtime: head.mtime,
        content,
    })
}

/// Reads an entry, its strings borrowed: each of its articles, with the
/// entry's file as its path, is given to `each`; the problem that kept
/// the file out is returned, when it was kept out.
pub(super) fn read_entry_by<'a>(
    r: &mut Reader<'a>,
    mut each: impl FnMut(ArticleRef<'a>),
) -> Option<(Stamped<'a>, Option<LoadProblem>)> {
    let path = r.str_ref()?;
    let size = r.u64()?;
    let mtime = (r.i64()?, r.u32()?);
    let (articles, problem) = match r.u8()? {
        0 => {
            let n = r.count()?;
            for _ in 0..n {
                each(read_meta(r, Path::new(path))?);
            }
            (Some(n), None)
        }
        1 => {
            let problem = LoadProblem {
                line: r.opt_u64()?.map(|n| n as usize),
                column: r.opt_u64()?.map(|n| n as usize),
                message: r.str()?,
                path: PathBuf::from(path),
            };
            (None, Some(problem))
        }
        _ => return None,
    };
    let head = Stamped {
        path,
        size,
        mtime,
        articles,
    };
    Some((head, problem))
}

/// Reads past an entry as [`read_entry`] would, keeping nothing.
pub(super) fn skip_entry(r: &mut Reader) -> Option<()> {
    walk::<false>(r).map(drop)
}

/// Reads an entry's path, size and time, and passes over the rest: its
/// articles, or the problem that kept its file out. With `CHECK`, every
/// string on the way is checked to be UTF-8 and every direction to be
/// known, as [`read_entry`] checks them: an entry kept as its bytes then
/// decodes. Without, only what finding the next entry needs is checked.
/// One walk for both, so that they cannot come to disagree on the layout.
pub(super) fn walk<'a, const CHECK: bool>(r: &mut Reader<'a>) -> Option<Stamped<'a>> {
    let path = r.str_ref()?;
    let size = r.u64()?;
    let mtime = (r.i64()?, r.u32()?);
    let articles = match r.u8()? {
        0 => {
            let n = r.count()?;
            for _ in 0..n {
                for _ in 0..2 {
                    pass_str::<CHECK>(r)?; // id, title
                }
                for _ in 0..5 {
                    // author, source, url, published, lang
                    match r.u8()? {
                        0 => {}
                        1 => pass_str::<CHECK>(r)?,
                        _ => return None,
                    }
                }
                let direction = r.u8()?;
                if CHECK && direction > 2 {
                    return None;
                }
                r.take(4)?; // minutes
                for _ in 0..r.count()? {
                    pass_str::<CHECK>(r)?; // tags
                }
            }
            Some(n)
        }
        1 => {
            r.skip_opt_u64()?; // line
            r.skip_opt_u64()?; // column
            pass_str::<CHECK>(r)?; // message
            None
        }
        _ => return None,
    };
    Some(Stamped {
        path,
        size,
        mtime,
        articles,
    })
}

/// Passes over a string, checked to be UTF-8 when `CHECK`.
fn pass_str<const CHECK: bool>(r: &mut Reader) -> Option<()> {
    match CHECK {
        true => r.str_ref().map(drop),
        false => r.skip_str(),
    }
}

/// An article of an entry whose file is `path`, borrowed.
fn read_meta<'a>(r: &mut Reader<'a>, path: &'a Path) -> Option<ArticleRef<'a>> {
    Some(ArticleRef {
        id: r.str_ref()?,
        title: r.str_ref()?,
        author: r.opt_str_ref()?,
        source: r.opt_str_ref()?,
        url: r.opt_str_ref()?,
        published: r.opt_str_ref()?,
        lang: r.opt_str_ref()?,
        dir: match r.u8()? {
            0 => Direction::Auto,
            1 => Direction::Rtl,
            2 => Direction::Ltr,
            _ => return None,
        },
        minutes: r.u32()?,
        tags: {
            let count = r.count()?;
            let start = r.clone();
            for _ in 0..count {
                r.str_ref()?;
            }
            Tags::Packed {
                bytes: start.to(r),
                count,
            }
        },
        path: Some(path),
    })
}
