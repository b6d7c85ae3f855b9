//! Reading qari's binary cache files (the library index and the search
//! store's table): little-endian numbers, strings as a `u32` length and
//! UTF-8, optional values behind a 0/1 byte. Every read checks the bounds
//! and gives `None` past the end, so a file cut short or damaged is
//! refused, never read out of bounds.

#[derive(Debug, Clone)]
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0 }
    }

    /// How far it has read.
    pub fn at(&self) -> usize {
        self.at
    }

    /// The bytes from here to where `later`, a reader of the same bytes
    /// further on, is.
    pub fn to(&self, later: &Reader<'a>) -> &'a [u8] {
        self.bytes.get(self.at..later.at).unwrap_or(&[])
    }

    /// Bytes not read yet.
    pub fn left(&self) -> usize {
        self.bytes.len() - self.at
    }

    /// Whether every byte was read.
    pub fn is_done(&self) -> bool {
        self.at == self.bytes.len()
    }

    /// The next `n` bytes, borrowed from the file for as long as it is.
    pub fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let slice = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(slice)
    }

    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }

    pub fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    pub fn u32(&mut self) -> Option<u32> {
        self.array().map(u32::from_le_bytes)
    }

    pub fn u64(&mut self) -> Option<u64> {
        self.array().map(u64::from_le_bytes)
    }

    pub fn i64(&mut self) -> Option<i64> {
        self.array().map(i64::from_le_bytes)
    }

    /// A count of items still to read: never more than the bytes left, so
    /// a damaged count cannot make qari reserve gigabytes.
    pub fn count(&mut self) -> Option<usize> {
        self.count_of(1)
    }

    /// A count of items of at least `each` bytes still to read (see
    /// [`Reader::count`]).
    pub fn count_of(&mut self, each: usize) -> Option<usize> {
        let n = usize::try_from(self.u64()?).ok()?;
        (n <= self.left() / each.max(1)).then_some(n)
    }

    /// A string, borrowed.
    pub fn str_ref(&mut self) -> Option<&'a str> {
        let len = self.u32()? as usize;
        simdutf8::basic::from_utf8(self.take(len)?).ok()
    }

    pub fn str(&mut self) -> Option<String> {
        self.str_ref().map(str::to_string)
    }

    /// Passes over a string; whether it is UTF-8 is checked when it is read.
    pub fn skip_str(&mut self) -> Option<()> {
        let len = self.u32()? as usize;
        self.take(len).map(drop)
    }

    pub fn skip_opt_u64(&mut self) -> Option<()> {
        match self.u8()? {
            0 => Some(()),
            1 => self.take(8).map(drop),
            _ => None,
        }
    }

    /// An optional string, borrowed.
    pub fn opt_str_ref(&mut self) -> Option<Option<&'a str>> {
        match self.u8()? {
            0 => Some(None),
            1 => self.str_ref().map(Some),
            _ => None,
        }
    }

    pub fn opt_u64(&mut self) -> Option<Option<u64>> {
        match self.u8()? {
            0 => Some(None),
            1 => self.u64().map(Some),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_in_order_and_refuses_past_the_end() {
        let mut bytes = vec![7, 1, 0, 0, 0];
        bytes.extend_from_slice(&2u64.to_le_bytes());
        bytes.extend_from_slice(&[2, 0, 0, 0, b'h', b'i']);
        let mut r = Reader::new(&bytes);
        assert_eq!(r.u8(), Some(7));
        assert_eq!(r.u32(), Some(1));
        assert_eq!(
            r.count_of(3),
            Some(2),
            "two items of three bytes fit in six"
        );
        assert_eq!(r.str_ref(), Some("hi"));
        assert!(r.is_done());
        assert_eq!(r.u8(), None);
        let mut r = Reader::new(&bytes[5..]);
        assert_eq!(
            r.count_of(4),
            None,
            "two items of four bytes do not fit in six"
        );
        assert_eq!(Reader::new(&[1, 0]).u32(), None);
        assert_eq!(Reader::new(&[2, 0]).opt_u64(), None);
    }
}
