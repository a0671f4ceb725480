import { useId } from 'react';
import type { Audience } from '../../../shared/audiences';
import { Button } from '../../ui/Button';
import { DIMENSIONS, DIMENSION_LABELS, presentValues, type Dimension, type Filters } from './colouring';

export interface FilterBarProps {
  audiences: Audience[];
  filters: Filters;
  onFilters: (next: Filters) => void;
  /** Which traits can be filtered on (all four unless given). */
  dimensions?: readonly Dimension[];
  colourBy?: Dimension;
  onColourBy?: (next: Dimension) => void;
}

/** Filters by kind, region, stance or language, and the trait that gives the colours. */
export function FilterBar({ audiences, filters, onFilters, dimensions = DIMENSIONS, colourBy, onColourBy }: FilterBarProps) {
  const id = useId();
  const active = Object.values(filters).some(Boolean);
  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      {dimensions.map((dimension) => {
        const values = presentValues(audiences, dimension);
        const selectId = `${id}-${dimension}`;
        return (
          <div key={dimension} className="filter-field">
            <label htmlFor={selectId}>
              {/* Heard as "Filter by Kind", apart from the "Kind" of an audience being added on the same screen. */}
              <span className="sr-only">Filter by </span>
              {DIMENSION_LABELS[dimension]}
            </label>
            <div className="select-wrap">
              <select
                id={selectId}
                className="inline-input inline-select"
                value={filters[dimension] ?? ''}
                onChange={(e) => onFilters({ ...filters, [dimension]: e.target.value || undefined })}
              >
                <option value="">All</option>
                {values.map((v) => (
                  <option key={v.value} value={v.value}>
                    {v.label} ({v.count})
                  </option>
                ))}
                {filters[dimension] && !values.some((v) => v.value === filters[dimension]) ? (
                  <option value={filters[dimension]}>{filters[dimension]} (0)</option>
                ) : null}
              </select>
            </div>
          </div>
        );
      })}
      {active ? (
        <Button size="small" variant="quiet" icon="close" onClick={() => onFilters({})} className="filter-clear">
          Clear filters
        </Button>
      ) : null}
      {colourBy && onColourBy ? (
        <div className="filter-field filter-colour">
          <label htmlFor={`${id}-colour`}>Colour by</label>
          <div className="select-wrap">
            <select
              id={`${id}-colour`}
              className="inline-input inline-select"
              value={colourBy}
              onChange={(e) => onColourBy(e.target.value as Dimension)}
            >
              {DIMENSIONS.map((d) => (
                <option key={d} value={d}>
                  {DIMENSION_LABELS[d]}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : null}
    </div>
  );
}
