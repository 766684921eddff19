import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/**
 * A figure by month: published months as bars, withheld months as gaps (never as zero). The
 * caller lists the same figures as a table for screen readers.
 */
export default function MonthChart(props: {
  label: string;
  data: { name: string; value: number | null }[];
}) {
  return (
    <div style={{ width: '100%', height: 180 }} role="img" aria-label={props.label}>
      <ResponsiveContainer>
        <BarChart data={props.data} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" tick={{ fontSize: 11, fill: '#212529' }} />
          <YAxis allowDecimals={false} tick={{ fill: '#212529' }} />
          <Tooltip />
          <Bar isAnimationActive={false} dataKey="value" name={props.label} fill="#364fc7" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
