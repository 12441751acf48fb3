-- The cells of a version in one row: paths, values (null = blank) and kinds as arrays in form order, written
-- with one statement per version instead of some 200 index-maintained rows. View "cell" shows them a row per
-- cell (version_id, path, value, kind, position), so SQL that reads cells by version keeps working.
create table version_cells (
    version_id   bigint primary key references document_version (id),
    paths        text[] not null,
    cell_values  numeric[] not null,
    kinds        text[] not null,
    constraint version_cells_lengths check (cardinality(paths) = cardinality(cell_values)
                                            and cardinality(paths) = cardinality(kinds))
);

-- every stored cell moves, in the order it was written
insert into version_cells (version_id, paths, cell_values, kinds)
select version_id, array_agg(path order by id), array_agg(value order by id), array_agg(kind order by id)
  from cell
 group by version_id;

drop table cell;

create view cell as
select vc.version_id, c.path, c.value, c.kind, c.position::integer as position
  from version_cells vc
 cross join lateral unnest(vc.paths, vc.cell_values, vc.kinds) with ordinality as c (path, value, kind, position);
